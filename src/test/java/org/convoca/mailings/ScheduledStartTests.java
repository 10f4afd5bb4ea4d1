package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scheduled mailing whose list is deleted before its time does not wait forever as "scheduled": when its time
 * comes it goes back to being a draft and staff read why, in their language, until they send it again.
 */
class ScheduledStartTests extends RelayTest {

    @Autowired
    Fixtures people;

    @Autowired
    Mailings mailings;

    @Autowired
    Lists lists;

    @Test
    void aScheduledMailingWhoseListWasDeletedBecomesADraftThatSaysWhy() throws Exception {
        var w = fixtures.workspace("Programado <b>&</b>");
        String tag = tag();
        var person = fixtures.person(w.id(), "Inés", "ines-" + tag + "@example.org", "es", EmailStatus.SUBSCRIBED);
        UUID list = fixtures.list(w.id(), "Voluntarias ñ");
        fixtures.addToList(w.id(), list, person.id());
        Mailing m = fixtures.bilingual(w.id(), "Boletín de marzo 🌷");
        m = mailings.update(mailings.find(w.id(), m.id()).orElseThrow().withAudience(
                new Audience(false, List.of(new Audience.Target(Audience.Kind.LIST, list, false)))));
        sending.schedule(w.id(), m.id(), Instant.now().plusSeconds(2));
        lists.delete(w.id(), list);

        Mailing after = fixtures.await(w.id(), m.id(), MailingStatus.DRAFT, Duration.ofSeconds(20));

        assertThat(after.progress().recipients()).isZero();
        assertThat(recipientsOf(tag)).isEmpty();
        WebSession staff = people.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page editor = staff.get("/admin/mailings/" + m.id());
        assertThat(editor.html().select("#start-failed").text())
                .contains("could not start, so it is a draft again")
                .contains("no longer exists");
        assertThat(staff.get("/admin/mailings").html().select("tbody tr").text())
                .contains("Boletín de marzo 🌷").contains("could not start at its scheduled time");
        staff.post("/admin/mailings", "/language", Map.of("lang", "es", "back", "/admin/mailings"));
        assertThat(staff.get("/admin/mailings/" + m.id()).html().select("#start-failed").text())
                .contains("no pudo empezar").contains("no existe");

        mailings.update(mailings.find(w.id(), m.id()).orElseThrow().withAudience(new Audience(true, List.of())));
        sending.schedule(w.id(), m.id(), Instant.now().plusSeconds(3600));
        assertThat(sending.startProblem(w.id(), m.id())).isEmpty();
        sending.cancel(w.id(), m.id());
    }
}
