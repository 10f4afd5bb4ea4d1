package org.convoca.events.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.Recordings;
import org.convoca.events.Registering;
import org.convoca.events.Registrant;
import org.convoca.events.RegistrationRequest;
import org.convoca.events.TestEvents;
import org.convoca.people.Activities;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff record who came: one click on the check-in list, or a CSV file; and publish the recording link. */
@ConvocaTest
class AttendanceTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired People people;
    @Autowired Activities activities;
    @Autowired Attendance attendance;
    @Autowired Recordings recordings;

    Person register(Event e, String given, String family, String email) {
        return registering.register(e, new RegistrationRequest(Person.draft(given, family, email).withLanguage("es"),
                "es", List.<Registrant.Answer>of(), null, "test")).person();
    }

    @Test
    void staffFindARegistrantByNameAndMarkThemPresentWithOneClickThenUndoIt() {
        var w = fixtures.workspace("Check-in");
        Event e = testEvents.create(w.id(), TestEvents.webinar("taller", Duration.ofDays(2), 0));
        Person maria = register(e, "María José", "Núñez", "mj@example.org");
        register(e, "Yusuf", "حداد", "yusuf@example.org");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page all = staff.get("/admin/events/" + e.id() + "/check-in");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.html().select("tbody tr")).hasSize(2);
        WebSession.Page found = staff.get("/admin/events/" + e.id() + "/check-in?q=n%C3%BA%C3%B1ez");
        assertThat(found.html().select("tbody tr")).singleElement()
                .satisfies(tr -> assertThat(tr.text()).contains("María José Núñez", "mj@example.org"));
        assertThat(staff.get("/admin/events/" + e.id() + "/check-in?q=%25").html().select("#none"))
                .as("a percent sign is looked for, not a wildcard").hasSize(1);

        String action = "/admin/events/" + e.id() + "/check-in/" + maria.id();
        WebSession.Page marked = staff.post("/admin/events/" + e.id() + "/check-in", action,
                Map.of("present", "true", "q", "núñez"));
        Element row = marked.html().getElementById("person-" + maria.id());
        assertThat(row.text()).contains("Here", "Undo");
        assertThat(attendance.attended(w.id(), e.id(), maria.id())).isTrue();
        assertThat(activities.timeline(w.id(), maria.id(), 10)).anySatisfy(a ->
                assertThat(a.summary()).isEqualTo("Attended the event “Know your rights”"));

        staff.post("/admin/events/" + e.id() + "/check-in", action, Map.of("present", "false"));
        assertThat(attendance.attended(w.id(), e.id(), maria.id())).isFalse();
    }

    @Test
    void aViewerSeesTheListButCannotMarkAnyoneAndAnotherWorkspaceSeesNothing() {
        var w = fixtures.workspace("Viewer");
        Event e = testEvents.create(w.id(), TestEvents.webinar("v", Duration.ofDays(2), 0));
        Person ana = register(e, "Ana", "", "ana@example.org");
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get("/admin/events/" + e.id() + "/check-in").html().select("tbody button")).isEmpty();
        WebSession.Page refused = viewer.post("/admin/events/" + e.id() + "/check-in",
                "/admin/events/" + e.id() + "/check-in/" + ana.id(), Map.of("present", "true"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(attendance.attended(w.id(), e.id(), ana.id())).isFalse();

        var other = fixtures.workspace("Other");
        WebSession stranger = fixtures.signIn(new WebSession(port), other, Role.OWNER);
        assertThat(stranger.get("/admin/events/" + e.id() + "/check-in").status()).isEqualTo(404);
    }

    @Test
    void aCsvFileRecordsAttendanceByEmailAndReportsRowsItCouldNotUse() {
        var w = fixtures.workspace("CSV");
        Event e = testEvents.create(w.id(), TestEvents.webinar("csv", Duration.ofDays(2), 0));
        Person lucia = register(e, "Lucía", "Peña", "lucia@example.org");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String csv = "\uFEFFNombre;Apellido;Correo\n"
                + "Lucía;Peña;LUCIA@example.org\n"
                + "<script>alert(1)</script>;x;<script>alert(1)</script>@x\n"
                + "\"Robert'); DROP TABLE people;--\";;bobby@example.org\n"
                + "\"Zoë\r\nInjected: yes\";🎉;zoe@example.org\n"
                + ";;\n";
        WebSession.Page page = staff.upload("/admin/events/" + e.id() + "/after", null, "file", "asistencia.csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().getElementById("upload-result").text())
                .isEqualTo("1 recorded present, 0 already were, 0 people added, 3 rows skipped.");
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.html().select("#skipped tbody tr")).extracting(Element::text).containsExactly(
                "3 <script>alert(1)</script>@x Not an email address",
                "4 bobby@example.org No one in the workspace has this email",
                "5 zoe@example.org No one in the workspace has this email");
        assertThat(attendance.attended(w.id(), e.id(), lucia.id())).isTrue();
        assertThat(people.findByEmail(w.id(), "bobby@example.org")).isEmpty();
    }

    @Test
    void withAddUnknownTheFileAddsWalkInsWithTheirNamesAndTheyShowOnTheCheckInList() {
        var w = fixtures.workspace("Walk-ins");
        Event e = testEvents.create(w.id(), TestEvents.webinar("walk", Duration.ofDays(2), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/events/" + e.id() + "/after";
        String action = staff.get(page).html().selectFirst("form[enctype=multipart/form-data]").attr("action");
        String csv = "first name,last name,email\nZoë,\"O'Brien, Jr.\",zoe@example.org\n";
        WebSession.Page done = staff.upload(page, action.replace("/attendance?", "/attendance?add_unknown=true&"),
                "file", "sheet.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(done.html().getElementById("upload-result").text()).startsWith("1 recorded present, 0 already were, 1 people added");
        Person zoe = people.findByEmail(w.id(), "zoe@example.org").orElseThrow();
        assertThat(zoe.familyName()).isEqualTo("O'Brien, Jr.");
        assertThat(staff.get("/admin/events/" + e.id() + "/check-in?q=zo%C3%AB").text()).contains("Walk-in", "Here");
    }

    @Test
    void filesThatAreNotUsableAreRefusedWithAReasonAndRecordNothing() {
        var w = fixtures.workspace("Bad files");
        Event e = testEvents.create(w.id(), TestEvents.webinar("bad", Duration.ofDays(2), 0));
        Person ana = register(e, "Ana", "", "ana@example.org");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/events/" + e.id() + "/after";

        WebSession.Page latin1 = staff.upload(page, null, "file", "a.csv",
                "email\nana@example.org\nPe\u00f1a@example.org\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(422);
        assertThat(latin1.html().getElementById("upload-problem").text()).contains("not in UTF-8");
        WebSession.Page noEmail = staff.upload(page, null, "file", "a.csv", "name\nAna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noEmail.html().getElementById("upload-problem").text()).contains("\"email\"");
        WebSession.Page open = staff.upload(page, null, "file", "a.csv",
                "email\nana@example.org\n\"unclosed@example.org\n".getBytes(StandardCharsets.UTF_8));
        assertThat(open.status()).isEqualTo(422);
        assertThat(open.html().getElementById("upload-problem").text()).contains("not valid CSV");
        assertThat(staff.upload(page, null, "file", "a.csv", new byte[0]).status()).isEqualTo(422);
        assertThat(attendance.attended(w.id(), e.id(), ana.id())).as("nothing half-recorded").isFalse();
    }

    @Test
    void theRecordingLinkIsPublishedOnlyWhenItIsAWebAddress() {
        var w = fixtures.workspace("Recording");
        Event e = testEvents.create(w.id(), TestEvents.webinar("rec", Duration.ofDays(2), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String page = "/admin/events/" + e.id() + "/after";

        WebSession.Page refused = staff.post(page, "/admin/events/" + e.id() + "/recording",
                Map.of("url", "javascript:alert(1)"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Enter a web address");
        assertThat(recordings.linkFor(w.id(), e.id())).isEmpty();

        WebSession.Page saved = staff.post(page, "/admin/events/" + e.id() + "/recording",
                Map.of("url", " https://video.example.org/grabación?t=1 "));
        assertThat(saved.html().getElementById("recording-link").attr("href"))
                .isEqualTo("https://video.example.org/grabación?t=1");
        assertThat(recordings.linkFor(w.id(), e.id())).contains("https://video.example.org/grabación?t=1");
        assertThat(recordings.linkFor(fixtures.workspace("Else").id(), e.id())).isEmpty();

        staff.post(page, "/admin/events/" + e.id() + "/recording", Map.of("url", ""));
        assertThat(recordings.linkFor(w.id(), e.id())).isEmpty();
    }
}
