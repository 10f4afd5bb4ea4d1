package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.events.attendance.Attendance;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Attended the event" in the segment builder: only recorded attendance counts, never mere registration. */
@ConvocaTest
class AttendedEventSegmentTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Attendance attendance;
    @Autowired People people;

    private Person register(Event e, String name, String email) {
        return registering.register(e, new RegistrationRequest(Person.draft(name, "", email), "es", List.of(),
                "Acepto.", "test")).person();
    }

    @Test
    void peopleWhoAttendedAreSelectedAndThoseWhoOnlyRegisteredAreNot() {
        var w = fixtures.workspace("Asistencia");
        Event e = testEvents.create(w.id(), TestEvents.webinar("taller", Duration.ofDays(20), 0));
        Person ana = register(e, "Ana 🌻", "ana@example.org");
        register(e, "Uma", "uma@example.org");
        people.create(w.id(), Person.draft("Bea", "", "bea@example.org"));
        attendance.mark(e, ana.id(), Attendance.Source.CHECK_IN);
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.VIEWER);

        WebSession.Page builder = staff.post("/admin/segments/new", "/admin/segments/builder",
                form("c0.kind", "ATTENDED_EVENT"));
        assertThat(builder.html().select("select[name=c0.kind] option[selected]").text())
                .isEqualTo("attended the event");
        assertThat(builder.html().select("select[name=c0.value] option").eachText())
                .contains("Know your rights (" + e.startsAt().atZone(e.zone()).toLocalDate() + ")");
        assertThat(live(staff, form("c0.kind", "ATTENDED_EVENT", "c0.value", e.id().toString())))
                .contains("1 person matches").contains("Ana 🌻").doesNotContain("Uma");
        assertThat(live(staff, form("c0.kind", "ATTENDED_EVENT:not", "c0.value", e.id().toString())))
                .contains("2 people match").contains("Uma", "Bea");

        attendance.undo(e, ana.id());
        assertThat(live(staff, form("c0.kind", "ATTENDED_EVENT", "c0.value", e.id().toString())))
                .contains("No one matches");
    }

    @Test
    void anotherWorkspacesEventOrAGarbageValueIsRefusedAndNothingIsSaved() {
        var w = fixtures.workspace("Propio");
        var other = fixtures.workspace("Ajeno");
        Event theirs = testEvents.create(other.id(), TestEvents.webinar("ajeno", Duration.ofDays(20), 0));
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);

        WebSession.Page refused = save(staff, form("name", "Ajenos", "c0.kind", "ATTENDED_EVENT", "c0.value",
                theirs.id().toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("There is no such event in this workspace");
        assertThat(live(staff, form("c0.kind", "ATTENDED_EVENT", "c0.value", "'; DROP TABLE event_attendance; --")))
                .contains("Fix the conditions");
        assertThat(staff.get("/admin/segments").text()).doesNotContain("Ajenos");

        staff.post("/admin/segments", "/language", Map.of("lang", "es", "back", "/admin/segments"));
        WebSession.Page spanish = save(staff, form("name", "Ajenos", "c0.kind", "ATTENDED_EVENT", "c0.value",
                theirs.id().toString()));
        assertThat(spanish.text()).contains("No existe ese evento en este espacio de trabajo")
                .contains("asistió al evento");
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
