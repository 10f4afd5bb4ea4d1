package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convoca.people.EmailStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Pausing holds a send where it is, resuming finishes it without repeats, cancelling stops it for good. */
class PauseAndCancelTests extends RelayTest {

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Mailings mailings;

    @Test
    void pausedSendStopsAndResumedSendReachesEveryoneOnce() throws Exception {
        var w = fixtures.workspace("Pause");
        String tag = tag();
        for (int i = 0; i < 400; i++) {
            fixtures.person(w.id(), "P" + i, "p" + i + "-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        }
        Mailing m = fixtures.bilingual(w.id(), "Pause");
        sending.start(w.id(), m.id());
        awaitMessages(tag, 1);
        sending.pause(w.id(), m.id());

        Thread.sleep(500);
        int atPause = recipientsOf(tag).size();
        Thread.sleep(1000);
        assertThat(recipientsOf(tag)).hasSize(atPause);
        assertThat(atPause).isLessThan(400);
        assertThat(mailings.find(w.id(), m.id()).orElseThrow().status()).isEqualTo(MailingStatus.PAUSED);

        sending.resume(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(30));
        assertThat(recipientsOf(tag).stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()))).hasSize(400).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void cancelledSendReachesNobodyMoreAndCannotBeResumed() throws Exception {
        var w = fixtures.workspace("Cancel");
        String tag = tag();
        for (int i = 0; i < 20; i++) {
            fixtures.person(w.id(), "P" + i, "p" + i + "-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        }
        Mailing m = fixtures.bilingual(w.id(), "Cancel");
        tx.executeWithoutResult(status -> {
            sending.start(w.id(), m.id());
            sending.pause(w.id(), m.id());
        });

        sending.cancel(w.id(), m.id());
        Thread.sleep(1000);

        assertThat(recipientsOf(tag)).isEmpty();
        assertThat(mailings.find(w.id(), m.id()).orElseThrow().status()).isEqualTo(MailingStatus.CANCELLED);
        assertThatThrownBy(() -> sending.resume(w.id(), m.id())).isInstanceOf(InvalidMailingException.class);
        assertThatThrownBy(() -> sending.start(w.id(), m.id())).isInstanceOf(InvalidMailingException.class);
    }

    @Test
    void anotherWorkspaceCannotPauseCancelOrStartAMailing() {
        var w = fixtures.workspace("Owner org");
        var other = fixtures.workspace("Intruder org");
        Mailing m = fixtures.bilingual(w.id(), "Mine");

        assertThatThrownBy(() -> sending.start(other.id(), m.id())).isInstanceOf(InvalidMailingException.class);
        assertThatThrownBy(() -> sending.cancel(other.id(), m.id())).isInstanceOf(InvalidMailingException.class);
        assertThat(mailings.find(other.id(), m.id())).isEmpty();
        assertThat(mailings.find(w.id(), m.id()).orElseThrow().status()).isEqualTo(MailingStatus.DRAFT);
    }
}
