package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.Petition;
import org.convoca.actions.SignatureRequest;
import org.convoca.actions.Signing;
import org.convoca.actions.TestPetitions;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The segments page and builder through HTTP, as the browser's form and htmx requests reach them. */
@ConvocaTest
class SegmentPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MailingFixtures mailingFixtures;

    @Autowired
    Segments segments;

    @Autowired
    Tags tags;

    @Autowired
    TestPetitions petitions;

    @Autowired
    Signing signing;

    @Autowired
    Mailings mailings;

    @Test
    void liveCountFollowsAllAnyAndExclusionsAndTheSavedSegmentIsListedWithItsCount() {
        var w = mailingFixtures.workspace("Builder");
        UUID volunteers = tags.ensure(w.id(), "Voluntarios").id();
        UUID donors = tags.ensure(w.id(), "Donors").id();
        Person ana = mailingFixtures.person(w.id(), "Ana", "ana-seg@example.org", "es", EmailStatus.SUBSCRIBED);
        Person jose = mailingFixtures.person(w.id(), "José", "jose-seg@example.org", "en", EmailStatus.UNSUBSCRIBED);
        Person uma = mailingFixtures.person(w.id(), "Uma", "uma-seg@example.org", "es", EmailStatus.SUBSCRIBED);
        tags.tag(w.id(), volunteers, ana.id());
        tags.tag(w.id(), volunteers, jose.id());
        tags.tag(w.id(), donors, uma.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        assertThat(live(staff, form("c0.kind", "TAG", "c0.value", volunteers.toString()))).contains("2 people match")
                .contains("1 can receive email").contains("Ana").contains("José").doesNotContain("Uma");
        assertThat(live(staff, form("match", "any", "c0.kind", "TAG", "c0.value", volunteers.toString(), "c1.kind",
                "TAG", "c1.value", donors.toString()))).contains("3 people match");
        assertThat(live(staff, form("c0.kind", "TAG", "c0.value", volunteers.toString(), "c1.kind", "LANGUAGE",
                "c1.value", "es"))).contains("1 person matches");
        assertThat(live(staff, form("c0.kind", "TAG", "c0.value", volunteers.toString(), "c1.kind", "EMAIL_STATUS",
                "c1.value", "unsubscribed", "c1.mode", "exclude"))).contains("1 person matches").contains("Ana");
        assertThat(live(staff, form("c0.kind", "TAG:not", "c0.value", volunteers.toString())))
                .contains("1 person matches").contains("Uma");
        assertThat(live(staff, form("c0.kind", "TAG", "c0.value", ""))).contains("3 people match")
                .contains("1 condition without a value is left out");

        WebSession.Page saved = staff.post("/admin/segments/new", "/admin/segments", form("name", "Voluntarios 🌎",
                "match", "all", "c0.kind", "TAG", "c0.value", volunteers.toString(), "action", "save"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("Segment \"Voluntarios 🌎\" saved.").contains("2 people match");
        String id = saved.url().substring(saved.url().lastIndexOf('/') + 1);
        assertThat(staff.get("/admin/segments").text()).contains("Voluntarios 🌎");
        assertThat(staff.get("/admin/segments/" + id + "/count").text()).isEqualTo("2 (1)");
    }

    @Test
    void signersOfAPetitionListsAndPostalCodesCanBeSelected() {
        var w = mailingFixtures.workspace("Signers");
        Petition petition = petitions.open(w.id(), "daca-" + UUID.randomUUID().toString().substring(0, 6));
        Person ana = mailingFixtures.person(w.id(), "Ana", "ana-sign@example.org", "es", EmailStatus.SUBSCRIBED);
        mailingFixtures.person(w.id(), "Uma", "uma-sign@example.org", "es", EmailStatus.SUBSCRIBED);
        signing.sign(petition, new SignatureRequest(ana, "es", "", false, "test", "I agree.", Map.of(), List.of(),
                true));
        UUID list = mailingFixtures.list(w.id(), "Comité");
        mailingFixtures.addToList(w.id(), list, ana.id());
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        assertThat(staff.post("/admin/segments/new", "/admin/segments/builder", form("c0.kind", "SIGNED_PETITION"))
                .text()).contains("Protect DACA recipients");
        assertThat(live(staff, form("c0.kind", "SIGNED_PETITION", "c0.value", petition.id().toString())))
                .contains("1 person matches").contains("Ana");
        assertThat(live(staff, form("c0.kind", "SIGNED_PETITION:not", "c0.value", petition.id().toString())))
                .contains("1 person matches").contains("Uma");
        assertThat(live(staff, form("c0.kind", "LIST", "c0.value", list.toString()))).contains("1 person matches");
        assertThat(live(staff, form("c0.kind", "POSTAL_CODE", "c0.value", "%"))).contains("No one matches");
        assertThat(live(staff, form("c0.kind", "REGION", "c0.value", "'; DROP TABLE people; --")))
                .contains("No one matches");
        assertThat(live(staff, form("c0.kind", "CREATED_SINCE", "c0.value", "2000-01-01"))).contains("2 people match");
        assertThat(live(staff, form("c0.kind", "CREATED_BEFORE", "c0.value", "2000-01-01"))).contains("No one matches");
    }

    @Test
    void unknownTagsHostileNamesAndTooManyConditionsAreRefusedAndNothingIsSaved() {
        var w = mailingFixtures.workspace("Refusals");
        var other = mailingFixtures.workspace("Someone else");
        UUID theirs = tags.ensure(other.id(), "Secret").id();
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page unknown = save(staff, form("name", "Theirs", "c0.kind", "TAG", "c0.value", theirs.toString()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text()).contains("There is no such tag in this workspace");
        assertThat(live(staff, form("c0.kind", "TAG", "c0.value", "not-an-id"))).contains("Fix the conditions");

        assertThat(save(staff, form("name", "")).text()).contains("needs a name of 1 to 200 characters");
        assertThat(save(staff, form("name", "x".repeat(201))).status()).isEqualTo(422);
        assertThat(save(staff, form("name", "Two\r\nlines")).text()).contains("on one line");
        assertThat(save(staff, form("name", "Fecha", "c0.kind", "CREATED_SINCE", "c0.value", "31/01/2025")).text())
                .contains("Write the date as 2025-01-31");
        Map<String, String> many = form("name", "Many");
        for (int i = 0; i <= Segment.MAX_CONDITIONS; i++) {
            many.put("c" + i + ".kind", "LANGUAGE");
            many.put("c" + i + ".value", "es");
        }
        assertThat(save(staff, many).text()).contains("at most 20 conditions");
        assertThat(segments.count(w.id())).isZero();

        WebSession.Page hostile = save(staff, form("name", "<script>alert('x')</script> \"; DROP TABLE segments; --",
                "c0.kind", "LANGUAGE", "c0.value", "es"));
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(save(staff, form("name", "<script>alert('x')</script> \"; DROP TABLE segments; --")).text())
                .contains("A segment with this name already exists");
        WebSession.Page rtl = save(staff, form("name", "متطوعون نشطون", "c0.kind", "REGION", "c0.value", "Nuevo León"));
        assertThat(rtl.text()).contains("متطوعون نشطون");
        assertThat(segments.count(w.id())).isEqualTo(2);
    }

    @Test
    void problemsAreShownInSpanishAndViewersCannotSaveOrDelete() {
        var w = mailingFixtures.workspace("Idioma");
        WebSession organizer = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        organizer.post("/admin/segments", "/language", Map.of("lang", "es", "back", "/admin/segments"));
        WebSession.Page page = organizer.get("/admin/segments/new");
        assertThat(page.text()).contains("Nuevo segmento").contains("tiene la etiqueta");
        assertThat(save(organizer, form("name", "Sin etiqueta", "c0.kind", "TAG", "c0.value", UUID.randomUUID()
                .toString())).text()).contains("No existe esa etiqueta en este espacio de trabajo");

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get("/admin/segments/new").body()).doesNotContain("Save segment");
        assertThat(save(viewer, form("name", "Mine")).status()).isEqualTo(403);
        assertThat(segments.count(w.id())).isZero();
    }

    @Test
    void aSegmentAnUnsentMailingIsAddressedToIsKeptAndAnotherWorkspacesSegmentIsNotFound() {
        var w = mailingFixtures.workspace("Keep");
        var other = mailingFixtures.workspace("Other");
        Segment s = segments.save(w.id(), null, Segment.draft("Spanish", true,
                List.of(new Segment.Condition(Segment.Kind.LANGUAGE, false, "es"))));
        mailings.create(w.id(), Mailing.draft("To Spanish speakers").withAudience(new Audience(false,
                List.of(new Audience.Target(Audience.Kind.SEGMENT, s.id(), false)))), null);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page refused = staff.post("/admin/segments/" + s.id() + "/delete", "/admin/segments/" + s.id()
                + "/delete", Map.of());
        assertThat(refused.text()).contains("has not been sent yet");
        assertThat(segments.find(w.id(), s.id())).isPresent();

        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        assertThat(stranger.get("/admin/segments/" + s.id()).status()).isEqualTo(404);
        assertThat(stranger.get("/admin/segments/" + s.id() + "/count").status()).isEqualTo(404);
        assertThat(stranger.get("/admin/segments/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void addAndRemoveButtonsWorkWithoutScript() {
        var w = mailingFixtures.workspace("No script");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        WebSession.Page added = save(staff, form("name", "Draft", "c0.kind", "LANGUAGE", "c0.value", "es", "action",
                "add"));
        assertThat(added.html().select("select[name=c1.kind]")).hasSize(1);
        WebSession.Page removed = save(staff, form("name", "Draft", "c0.kind", "LANGUAGE", "c0.value", "es", "c1.kind",
                "TAG", "action", "remove:0"));
        assertThat(removed.html().select("select[name=c1.kind]")).isEmpty();
        assertThat(removed.html().select("select[name=c0.kind] option[selected]").text()).isEqualTo("has the tag");
        assertThat(segments.count(w.id())).isZero();
    }

    private static String live(WebSession staff, Map<String, String> fields) {
        return staff.post("/admin/segments/new", "/admin/segments/live", fields).text();
    }

    private static WebSession.Page save(WebSession staff, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("action", "save");
        return staff.post("/admin/segments/new", "/admin/segments", all);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
