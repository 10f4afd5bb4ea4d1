package org.convoca.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A confirmation's task may run again: after a crash its node's work is revived elsewhere. It must not send twice.
 */
@ConvocaTest
class AutoresponseOnceTests {

    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired Autoresponses autoresponses;
    @Autowired People people;
    @Autowired SchedulerClient scheduler;
    @Autowired OneTimeTask<Autoresponder.Job> actionAutoresponse;
    @Autowired SentMail mail;

    @Test
    void aTaskThatRunsAgainAfterACrashSendsNoSecondCopy() {
        var w = fixtures.workspace("Crash");
        Petition p = testPetitions.open(w.id(), "crash");
        autoresponses.save(w.id(), p.id(), new Autoresponse(true, Map.of("en",
                new AutoresponseText("en", "Thanks {{given_name}}", "Thank you."))));
        Person ana = people.create(w.id(), Person.draft("Ana", "", "crash@example.org"));
        var job = new Autoresponder.Job(w.id(), p.id(), ana.id(), "en", "en", p.title());

        scheduler.schedule(actionAutoresponse.instance("first-run", job), Instant.now());
        assertThat(mail.await("crash@example.org", 1)).hasSize(1);
        scheduler.schedule(actionAutoresponse.instance("revived-run", job), Instant.now());

        List<SentMail.Message> all = mail.settle("crash@example.org");
        assertThat(all).singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Thanks Ana"));
        assertThat(autoresponses.sent(w.id(), p.id())).isEqualTo(1);
    }
}
