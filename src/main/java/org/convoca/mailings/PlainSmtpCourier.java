package org.convoca.mailings;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP conversation written by hand, for a relay reached without TLS or login (a local Postfix, say): the
 * message bytes go from {@link MimeWriter}'s array into the socket in a few large writes, with EHLO once per
 * connection and, when the relay offers PIPELINING (RFC 2920), MAIL, RCPT and DATA in one round trip. Jakarta
 * Mail's streams, which copy and inspect every byte, were half of the sending threads' time. A connection is kept
 * from message to message, replaced when idle for a while, replaced at once when a reused one turns out broken
 * before the message went out (after that, the relay may have taken it: the retry waits), and closed after any
 * refusal so no half-finished transaction carries over.
 */
final class PlainSmtpCourier implements Courier {

    private static final long MAX_IDLE_NANOS = 20_000_000_000L;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    /** Java sockets have no write timeout: a relay that stops reading would otherwise hold a thread forever. */
    private static final long TRANSACTION_TIMEOUT_S = 120;

    private final SmtpSettings settings;
    private final String helo;
    private final ScheduledExecutorService watchdog;
    private volatile Socket socket;
    private SmtpReplies replies;
    private OutputStream out;
    private boolean pipelining;
    private boolean clean;
    /** Whether the message itself went out, after which the relay may have taken it even if no reply came. */
    private boolean dataSent;
    private long lastUse;

    PlainSmtpCourier(SmtpSettings settings, String helo, ScheduledExecutorService watchdog) {
        this.settings = settings;
        this.helo = helo;
        this.watchdog = watchdog;
    }

    @Override
    public void deliver(Outgoing o, byte[] wire) throws Failure {
        if (!SmtpReplies.envelopeSafe(o.fromAddress()) || !SmtpReplies.envelopeSafe(o.to())) {
            throw new Failure("The address cannot be used in an SMTP envelope.", true, null);
        }
        if (socket != null && System.nanoTime() - lastUse > MAX_IDLE_NANOS) {
            close();
        }
        boolean reused = socket != null;
        try {
            transaction(o, wire);
        } catch (IOException e) {
            close();
            if (!reused || dataSent) {
                throw new Failure("The relay could not be reached or went away: " + e.getMessage(), false, e);
            }
            try {
                transaction(o, wire);
            } catch (IOException again) {
                close();
                throw new Failure("The relay could not be reached or went away: " + again.getMessage(), false, again);
            }
        }
    }

    private void transaction(Outgoing o, byte[] wire) throws IOException, Failure {
        if (socket == null) {
            open();
        }
        clean = false;
        dataSent = false;
        ScheduledFuture<?> guard = watchdog.schedule(this::abort, TRANSACTION_TIMEOUT_S, TimeUnit.SECONDS);
        try {
            byte[] mail = ("MAIL FROM:<" + o.fromAddress() + ">\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] rcpt = ("RCPT TO:<" + o.to() + ">\r\n").getBytes(StandardCharsets.US_ASCII);
            if (pipelining) {
                out.write(mail);
                out.write(rcpt);
                out.write(SmtpReplies.DATA);
                out.flush();
                SmtpReplies.Reply m = replies.read();
                SmtpReplies.Reply r = replies.read();
                SmtpReplies.Reply d = replies.read();
                expect(m, 2);
                expect(r, 2);
                expect(d, 3);
            } else {
                command(mail, 2);
                command(rcpt, 2);
                command(SmtpReplies.DATA, 3);
            }
            dataSent = true;
            SmtpReplies.writeDotStuffed(wire, out);
            out.flush();
            expect(replies.read(), 2);
            clean = true;
            lastUse = System.nanoTime();
        } finally {
            guard.cancel(false);
        }
    }

    private void open() throws IOException, Failure {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(READ_TIMEOUT_MS);
            s.connect(new InetSocketAddress(settings.host(), settings.port()), CONNECT_TIMEOUT_MS);
            socket = s;
            replies = new SmtpReplies(new BufferedInputStream(s.getInputStream(), 8192));
            out = new BufferedOutputStream(s.getOutputStream(), 65536);
            expect(replies.read(), 2);
            out.write(("EHLO " + helo + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            SmtpReplies.Reply ehlo = replies.read();
            if (ehlo.code() / 100 == 2) {
                pipelining = ehlo.offers("PIPELINING");
            } else {
                pipelining = false;
                command(("HELO " + helo + "\r\n").getBytes(StandardCharsets.US_ASCII), 2);
            }
        } catch (IOException | Failure | RuntimeException e) {
            close();
            s.close();
            throw e;
        }
    }

    private void command(byte[] line, int expected) throws IOException, Failure {
        out.write(line);
        out.flush();
        expect(replies.read(), expected);
    }

    /** A reply of another class than expected ends the transaction: 5xx for good, anything else for now. */
    private void expect(SmtpReplies.Reply reply, int expectedClass) throws Failure {
        if (reply.code() / 100 != expectedClass) {
            close();
            throw new Failure(reply.text(), reply.code() >= 500, null);
        }
    }

    private void abort() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Closing is all the watchdog can do; the sending thread sees the closed socket.
            }
        }
    }

    /** Says QUIT when the connection is in a clean state, so the relay logs no lost connection. */
    @Override
    public void close() {
        if (socket != null) {
            try {
                if (clean) {
                    out.write(SmtpReplies.QUIT);
                    out.flush();
                }
                socket.close();
            } catch (IOException ignored) {
                // The connection is gone either way; the next message opens a new one.
            }
            socket = null;
            clean = false;
            replies = null;
            out = null;
        }
    }
}
