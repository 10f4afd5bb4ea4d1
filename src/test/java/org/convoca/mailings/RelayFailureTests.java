package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.convoca.people.EmailStatus;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A relay that answers some recipients "try again later" (451) and refuses others for good (550), over a real SMTP
 * conversation with PIPELINING: the first are sent on a later try, the second are marked failed and never tried
 * again.
 */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=mailings-failing-relay", "convoca.smtp.host=127.0.0.1",
        "convoca.mailings.poll=100ms", "convoca.mailings.retry-delay=1s"})
class RelayFailureTests {

    static final FussyRelay RELAY = new FussyRelay();

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", RELAY::port);
    }

    @AfterAll
    static void stop() throws IOException {
        RELAY.close();
    }

    @Autowired
    MailingFixtures fixtures;

    @Autowired
    Sending sending;

    @Autowired
    MailingStatistics statistics;

    @Test
    void temporaryRefusalsAreRetriedAndPermanentOnesFailOnce() throws Exception {
        var w = fixtures.workspace("Fussy relay");
        fixtures.person(w.id(), "Ok", "ok@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Later", "later@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Gone", "gone@example.org", "en", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), "Fussy");

        sending.start(w.id(), m.id());
        Mailing done = fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(30));

        assertThat(RELAY.delivered).containsExactlyInAnyOrder("ok@example.org", "later@example.org");
        assertThat(RELAY.refused).containsExactly("gone@example.org");
        assertThat(done.progress().sent()).isEqualTo(2);
        assertThat(done.progress().failed()).isEqualTo(1);
        assertThat(statistics.total(w.id(), m.id()).failed()).isEqualTo(1);
    }

    /**
     * Accepts everyone but "gone@" (550, always) and "later@" (451, the first time); offers PIPELINING, so it
     * refuses DATA without a recipient (RFC 2920).
     */
    static final class FussyRelay {
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        private final Set<String> deferred = ConcurrentHashMap.newKeySet();
        private final ServerSocket server;

        FussyRelay() {
            try {
                server = new ServerSocket(0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        Thread.ofVirtual().start(() -> converse(s));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        void close() throws IOException {
            server.close();
        }

        private void converse(Socket s) {
            try (s; var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream out = s.getOutputStream()) {
                reply(out, "220 fussy ESMTP");
                String rcpt = null;
                boolean accepted = false;
                for (String line; (line = in.readLine()) != null; ) {
                    String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                    switch (verb) {
                        case "EHLO" -> reply(out, "250-fussy\r\n250 PIPELINING");
                        case "HELO" -> reply(out, "250 fussy");
                        case "MAIL" -> {
                            accepted = false;
                            reply(out, "250 2.1.0 Ok");
                        }
                        case "RCPT" -> {
                            rcpt = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                            if (rcpt.startsWith("gone@")) {
                                refused.add(rcpt);
                                reply(out, "550 5.1.1 No such user");
                            } else if (rcpt.startsWith("later@") && deferred.add(rcpt)) {
                                reply(out, "451 4.7.1 Try again later");
                            } else {
                                accepted = true;
                                reply(out, "250 2.1.5 Ok");
                            }
                        }
                        case "DATA" -> {
                            if (!accepted) {
                                reply(out, "554 5.5.1 No valid recipients");
                                continue;
                            }
                            reply(out, "354 Go ahead");
                            for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
                                if (data == null) {
                                    return;
                                }
                            }
                            delivered.add(rcpt);
                            reply(out, "250 2.0.0 Queued");
                        }
                        case "QUIT" -> {
                            reply(out, "221 Bye");
                            return;
                        }
                        default -> reply(out, "250 Ok");
                    }
                }
            } catch (IOException ignored) {
                // The client went away.
            }
        }

        private static void reply(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }
}
