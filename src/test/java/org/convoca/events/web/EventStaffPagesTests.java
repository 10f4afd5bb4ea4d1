package org.convoca.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.Events;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class EventStaffPagesTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Events events;

    static Map<String, String> webinar(String date, String start, String end) {
        Map<String, String> f = new HashMap<>();
        f.put("time_zone", "America/Chicago");
        f.put("start_date", date);
        f.put("start_time", start);
        f.put("end_time", end);
        f.put("join_url", "https://meet.example.org/xyz");
        f.put("title_en", "Know your rights");
        f.put("title_es", "Conozca sus derechos");
        f.put("description_en", "Bring **questions**.");
        return f;
    }

    WebSession organizer(Fixtures.TestWorkspace w) {
        return fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
    }

    @Test
    void anOrganizerCreatesAWebinarInTheWorkspaceZoneAndSeesItInCentralTimeWithPacificAndEastern() {
        var w = fixtures.workspace("Red");
        WebSession staff = organizer(w);
        WebSession.Page form = staff.get("/admin/events/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().selectFirst("#time_zone option[selected]").val()).isEqualTo("America/Chicago");

        Map<String, String> fields = webinar("2027-06-08", "12:00", "13:00");
        fields.put("extra_zone", "America/Los_Angeles");
        WebSession.Page shown = staff.post("/admin/events/new", "/admin/events", fields);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.url()).matches(".*/admin/events/[0-9a-f-]{36}");
        assertThat(shown.html().selectFirst("#when").text())
                .contains("Tuesday, June 8, 2027, 12:00–1:00 p.m. CDT", "10:00 a.m. PT / 12:00 p.m. CT");
        Event saved = events.newest(w.id(), 0, 1).getFirst();
        assertThat(saved.startsAt()).isEqualTo(Instant.parse("2027-06-08T17:00:00Z"));
        assertThat(saved.slug()).isEqualTo("know-your-rights");
        assertThat(staff.get("/admin/events").text()).contains("Know your rights",
                "Tuesday, June 8, 2027, 12:00–1:00 p.m. CDT");
        staff.post("/admin/events", "/language", Map.of("lang", "es", "back", "/admin/events"));
        assertThat(staff.get("/admin/events").text()).contains(
                "martes, 8 de junio de 2027, 12:00–1:00 p. m. CDT");
    }

    @Test
    void aTimeTheClocksSkipIsRefusedWithTheJumpExplained() {
        var w = fixtures.workspace("Gap");
        WebSession staff = organizer(w);
        WebSession.Page page = staff.post("/admin/events/new", "/admin/events", webinar("2027-03-14", "02:30", "04:00"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().selectFirst("#start_time-error").text()).isEqualTo("2:30 a.m. does not exist on "
                + "Sunday, March 14, 2027 in America/Chicago: clocks jump forward (from 2:00 a.m. to 3:00 a.m.). "
                + "Choose another time (such as 3:00 a.m.).");
        assertThat(events.newest(w.id(), 0, 1)).isEmpty();
    }

    @Test
    void aTimeTheClocksRepeatIsSavedOnlyOnceStaffSayWhichOneTheyMean() {
        var w = fixtures.workspace("Overlap");
        WebSession staff = organizer(w);
        Map<String, String> fields = webinar("2027-11-07", "01:30", "03:00");
        WebSession.Page asked = staff.post("/admin/events/new", "/admin/events", fields);
        assertThat(asked.status()).isEqualTo(422);
        assertThat(asked.html().selectFirst("#start_time-error").text()).startsWith("1:30 a.m. happens twice on "
                + "Sunday, November 7, 2027 in America/Chicago, because clocks fall back (from 2:00 a.m. to 1:00 a.m.).");
        assertThat(asked.html().select("input[name=start_fold]").eachAttr("value")).containsExactly("earlier", "later");
        assertThat(asked.text()).contains("The first 1:30 a.m. CDT", "The second 1:30 a.m. CST");
        assertThat(events.newest(w.id(), 0, 1)).isEmpty();

        fields.put("start_fold", "later");
        WebSession.Page saved = staff.post("/admin/events/new", "/admin/events", fields);
        assertThat(saved.status()).isEqualTo(200);
        Event e = events.newest(w.id(), 0, 1).getFirst();
        assertThat(e.startsAt()).isEqualTo(Instant.parse("2027-11-07T07:30:00Z"));
        assertThat(saved.html().selectFirst("#when").text()).contains("1:30–3:00 a.m. CST");
        WebSession.Page edit = staff.get("/admin/events/" + e.id() + "/edit");
        assertThat(edit.html().selectFirst("#start_time").val()).isEqualTo("01:30");
        assertThat(edit.html().selectFirst("input[name=start_fold]").val()).isEqualTo("later");
    }

    @Test
    void hostileAndOversizedInputIsRefusedOrShownAsText() {
        var w = fixtures.workspace("Hostile");
        WebSession staff = organizer(w);
        Map<String, String> fields = webinar("2027-06-08", "12:00", "13:00");
        fields.put("title_en", "<script>alert(1)</script> ‫مرحبا‬ 🌻 'x' \"y\"");
        fields.put("description_en", "<img src=x onerror=alert(1)> [link](javascript:alert(1)) **ok**");
        fields.put("slug", "");
        WebSession.Page ok = staff.post("/admin/events/new", "/admin/events", fields);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(ok.html().selectFirst("h1").text()).startsWith("<script>alert(1)</script>");

        fields.put("title_en", "x".repeat(301));
        fields.put("join_url", "javascript:alert(1)");
        fields.put("capacity", "-5");
        fields.put("time_zone", "Mars/Olympus");
        fields.put("start_date", "2027-02-30");
        WebSession.Page refused = staff.post("/admin/events/new", "/admin/events", fields);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("The event was not saved", "Choose a time zone from the list.",
                "Enter a date and a time.", "Enter a number of seats");
        fields.put("time_zone", "America/Chicago");
        fields.put("start_date", "2027-06-08");
        fields.put("capacity", "");
        WebSession.Page still = staff.post("/admin/events/new", "/admin/events", fields);
        assertThat(still.status()).isEqualTo(422);
        assertThat(still.text()).contains("At most 300 characters.", "Enter a web address starting with https://");
        fields.put("end_time", "11:00");
        fields.put("title_en", "ok");
        fields.put("join_url", "https://meet.example.org/a\r\nBcc: x@example.org");
        assertThat(staff.post("/admin/events/new", "/admin/events", fields).text())
                .contains("The end must come after the start.", "Enter a web address");
        assertThat(events.newest(w.id(), 0, 10)).hasSize(1);
    }

    @Test
    void viewersMayLookButNotChangeAndOtherWorkspacesEventsAreNotThere() {
        var w = fixtures.workspace("Roles");
        WebSession staff = organizer(w);
        staff.post("/admin/events/new", "/admin/events", webinar("2027-06-08", "12:00", "13:00"));
        Event e = events.newest(w.id(), 0, 1).getFirst();
        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get("/admin/events/" + e.id()).status()).isEqualTo(200);
        assertThat(viewer.get("/admin/events/new").status()).isEqualTo(403);
        assertThat(viewer.get("/admin/events/" + e.id() + "/edit").status()).isEqualTo(403);

        var other = fixtures.workspace("Other");
        WebSession stranger = organizer(other);
        assertThat(stranger.get("/admin/events/" + e.id()).status()).isEqualTo(404);
        assertThat(stranger.get("/admin/events/" + e.id() + "/registrations").status()).isEqualTo(404);
        assertThat(stranger.get("/admin/events/not-a-uuid").status()).isIn(400, 404);
    }

    @Test
    void postponingAndCancellingChangeTheStatusStaffSee() {
        var w = fixtures.workspace("Status");
        WebSession staff = organizer(w);
        staff.post("/admin/events/new", "/admin/events", webinar("2027-06-08", "12:00", "13:00"));
        Event e = events.newest(w.id(), 0, 1).getFirst();
        String page = "/admin/events/" + e.id();
        assertThat(staff.post(page, page + "/status", Map.of("status", "postponed")).html()
                .selectFirst("#status").text()).isEqualTo("Postponed");
        assertThat(staff.post(page, page + "/status", Map.of("status", "cancelled")).html()
                .selectFirst("#status").text()).isEqualTo("Cancelled");
        assertThat(events.find(w.id(), e.id()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(staff.post(page, page + "/status", Map.of("status", "bogus")).status()).isEqualTo(404);
    }
}
