package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeletedPeopleLeaveMailingsTests extends RelayTest {

    @Autowired
    People people;

    @Autowired
    MailingStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletingSomeoneWhoReceivedANewsletterRemovesThemFromItsRecipientsAndNothingElse() throws Exception {
        var w = fixtures.workspace("Borrado");
        String tag = tag();
        Person ana = fixtures.person(w.id(), "Ana", "ana-" + tag + "@example.org", "en", EmailStatus.SUBSCRIBED);
        fixtures.person(w.id(), "Luz", "luz-" + tag + "@example.org", "es", EmailStatus.SUBSCRIBED);
        Mailing m = fixtures.bilingual(w.id(), "Boletín");
        sending.start(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));
        assertThat(statistics.total(w.id(), m.id()).recipients()).isEqualTo(2);

        people.delete(w.id(), ana.id());

        assertThat(statistics.total(w.id(), m.id()).recipients()).isEqualTo(1);
        assertThat(statistics.total(w.id(), m.id()).sent()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mailing_recipients WHERE person_id = ?").param(ana.id())
                .query(Long.class).single()).isZero();
    }
}
