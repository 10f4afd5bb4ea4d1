package org.convoca.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.TestEvents;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class EventCoHostTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Activities activities;

    private WebSession.Page register(String path, WebSession.Page form, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("seen", form.html().selectFirst("input[name=seen]").val());
        return new WebSession(port).postRaw(path, all);
    }

    @Test
    void onlyRegistrantsWhoTickACoHostsBoxAreCopiedToItAndTheCoHostSeesCountsAndNoOneElse() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal ‏مركز");
        var church = fixtures.workspace("Iglesia Unida");
        Event e = testEvents.create(owner.id(), TestEvents.webinar("coalicion", Duration.ofDays(20), 0));
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/events/" + e.id();
        organizer.post(admin, admin + "/cohosts", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cohosts", Map.of("slug", " " + church.workspace().slug().toUpperCase() + " "));
        organizer.post(admin, admin + "/cohosts", Map.of("slug", legal.workspace().slug()));
        assertThat(organizer.get(admin).html().select("#cohosts tbody tr")).hasSize(2);

        String path = "/" + owner.workspace().slug() + "/events/coalicion";
        WebSession.Page form = new WebSession(port).get(path);
        assertThat(form.html().select("input[name=opt_in]")).hasSize(2)
                .allSatisfy(box -> assertThat(box.hasAttr("checked")).isFalse());
        String legalBox = form.html().select("label.check:has(input[value=" + legal.id() + "])").text();
        assertThat(legalBox).isEqualTo("Yes, Centro Legal ‏مركز may also contact me about its work.");

        assertThat(register(path, form, Map.of("given_name", "Rosa 🌹", "family_name", "Núñez",
                "email", "rosa@example.org", "postal_code", "60608", "opt_in", legal.id().toString())).url())
                .endsWith("/thanks?lang=en&s=registered");
        assertThat(register(path, form, Map.of("given_name", "Pedro", "email", "pedro@example.org")).url())
                .endsWith("/thanks?lang=en&s=registered");

        Person copied = people.findByEmail(legal.id(), "rosa@example.org").orElseThrow();
        assertThat(copied.givenName()).isEqualTo("Rosa 🌹");
        assertThat(copied.address().postalCode()).isEqualTo("60608");
        assertThat(consents.of(legal.id(), copied.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(legalBox));
        assertThat(activities.timeline(legal.id(), copied.id(), 10)).anySatisfy(a -> assertThat(a.summary())
                .contains("co-hosted event", "Know your rights"));
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(people.count(church.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.count(owner.id(), PeopleQuery.ALL)).isEqualTo(2);

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        WebSession.Page list = partner.get("/admin/events");
        assertThat(list.html().select("#cohosted tbody tr").text()).contains("Know your rights", "Red de Apoyo");
        assertThat(list.html().select("#cohosted td.optins").text()).isEqualTo("1");
        assertThat(partner.get(admin).status()).isEqualTo(404);
        assertThat(partner.get(admin + "/registrations").status()).isEqualTo(404);
        assertThat(partner.get("/admin/people").text()).contains("Rosa").doesNotContain("Pedro");
        assertThat(organizer.get(admin).html().select("#cohosts tr:contains(Centro Legal) td.optins").text())
                .isEqualTo("1");
    }

    @Test
    void whatAPartnerAlreadyKnowsIsNeverOverwrittenAndASecondTickGivesNoSecondConsent() {
        var owner = fixtures.workspace("Dueño");
        var legal = fixtures.workspace("Legal Aid");
        Person known = people.create(legal.id(), Person.draft("Rosa María", "Luna", "rosa@example.org"));
        Event e = testEvents.create(owner.id(), TestEvents.webinar("twice", Duration.ofDays(20), 0));
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        organizer.post("/admin/events/" + e.id(), "/admin/events/" + e.id() + "/cohosts",
                Map.of("slug", legal.workspace().slug()));
        String path = "/" + owner.workspace().slug() + "/events/twice";
        WebSession.Page form = new WebSession(port).get(path);
        Map<String, String> fields = Map.of("given_name", "<script>alert(1)</script>", "family_name", "'; DROP TABLE people; --",
                "email", "ROSA@example.org", "opt_in", legal.id().toString());

        register(path, form, fields);
        register(path, form, fields);

        Person after = people.findByEmail(legal.id(), "rosa@example.org").orElseThrow();
        assertThat(after.id()).isEqualTo(known.id());
        assertThat(after.givenName()).isEqualTo("Rosa María");
        assertThat(after.familyName()).isEqualTo("Luna");
        assertThat(consents.of(legal.id(), known.id())).hasSize(1);
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).isEqualTo(1);
    }

    @Test
    void boxesForStrangersOrGarbageCopyNoOneAndARemovedCoHostsBoxNoLongerCounts() {
        var owner = fixtures.workspace("Solo");
        var stranger = fixtures.workspace("Stranger");
        var former = fixtures.workspace("Former");
        Event e = testEvents.create(owner.id(), TestEvents.webinar("solo", Duration.ofDays(20), 0));
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/events/" + e.id();
        organizer.post(admin, admin + "/cohosts", Map.of("slug", former.workspace().slug()));
        String path = "/" + owner.workspace().slug() + "/events/solo";
        WebSession.Page oldForm = new WebSession(port).get(path);
        organizer.post(admin, admin + "/cohosts/" + former.id() + "/remove", Map.of());
        assertThat(organizer.get(admin).html().select("#cohosts tbody tr")).isEmpty();

        WebSession.Page stale = register(path, oldForm, Map.of("given_name", "Eve", "email", "eve@example.org",
                "opt_in", former.id().toString()));
        assertThat(stale.status()).isEqualTo(409);
        WebSession.Page fresh = new WebSession(port).get(path);
        assertThat(fresh.html().select("input[name=opt_in]")).isEmpty();
        assertThat(register(path, fresh, Map.of("given_name", "Eve", "email", "eve@example.org",
                "opt_in", stranger.id().toString())).url()).endsWith("s=registered");
        assertThat(register(path, fresh, Map.of("given_name", "Ana", "email", "ana@example.org",
                "opt_in", "'; DROP TABLE event_cohosts; --")).url()).endsWith("s=registered");

        assertThat(people.count(stranger.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.count(former.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.count(owner.id(), PeopleQuery.ALL)).isEqualTo(2);
    }

    @Test
    void unknownHostileOrOwnWorkspacesAreRefusedWithAClearMessageAndViewersCannotAddCoHosts() {
        var owner = fixtures.workspace("Own");
        var legal = fixtures.workspace("Legal");
        Event e = testEvents.create(owner.id(), TestEvents.webinar("own", Duration.ofDays(20), 0));
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/events/" + e.id();

        WebSession.Page hostile = organizer.post(admin, admin + "/cohosts", Map.of("slug", "<b>nope</b>\r\nX: y"));
        assertThat(hostile.html().selectFirst("#cohosts .error").text())
                .isEqualTo("There is no workspace with the address “<b>nope</b> X: y”.");
        assertThat(hostile.body()).doesNotContain("<b>nope</b>");
        assertThat(organizer.post(admin, admin + "/cohosts", Map.of("slug", "x".repeat(100_000)))
                .html().selectFirst("#cohosts .error").text()).startsWith("There is no workspace");
        assertThat(organizer.post(admin, admin + "/cohosts", Map.of("slug", owner.workspace().slug()))
                .html().selectFirst("#cohosts .error").text()).isEqualTo("Your own workspace cannot co-host its event.");
        assertThat(organizer.post(admin, admin + "/cohosts", Map.of()).html().selectFirst("#cohosts .error"))
                .isNotNull();
        assertThat(organizer.get(admin).html().select("#cohosts tbody tr")).isEmpty();

        WebSession viewer = fixtures.signIn(new WebSession(port), owner, Role.VIEWER);
        assertThat(viewer.post(admin, admin + "/cohosts", Map.of("slug", legal.workspace().slug())).status())
                .isEqualTo(403);
        assertThat(viewer.get(admin).html().select("#cohosts form")).isEmpty();
        assertThat(organizer.get(admin).html().select("#cohosts tbody tr")).isEmpty();
    }
}
