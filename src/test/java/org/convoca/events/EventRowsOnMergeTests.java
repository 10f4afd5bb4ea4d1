package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.attendance.Attendance;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonMerges;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvocaTest
class EventRowsOnMergeTests {

    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;
    @Autowired Registering registering;
    @Autowired Registrations registrations;
    @Autowired Attendance attendance;
    @Autowired People people;
    @Autowired PersonMerges merges;

    private Person register(Event e, Person p) {
        return registering.register(e, new RegistrationRequest(p, "es", List.of(), "Acepto.", "test")).person();
    }

    @Test
    void mergingKeepsTheRemovedPersonsRegistrationsAndAttendanceAndCountsASharedEventOnce() {
        var w = fixtures.workspace("Fusión");
        Event both = testEvents.create(w.id(), TestEvents.webinar("ambos", Duration.ofDays(20), 0));
        Event onlyRemoved = testEvents.create(w.id(), TestEvents.webinar("solo", Duration.ofDays(21), 0));
        Person kept = register(both, Person.draft("Ana", "Ruiz", "ana@example.org"));
        Person removed = register(both, Person.draft("Ana", "Ruíz", "ana.ruiz@example.org"));
        register(onlyRemoved, removed);
        attendance.mark(both, kept.id(), Attendance.Source.CHECK_IN);
        attendance.mark(both, removed.id(), Attendance.Source.CSV);
        attendance.mark(onlyRemoved, removed.id(), Attendance.Source.CHECK_IN);
        Staff staff = new Staff(UUID.randomUUID(), w.email(Role.OWNER), "Owner", w.id(), w.workspace().slug(),
                w.workspace().name(), Role.OWNER, "en");

        merges.merge(staff, kept.id(), removed.id(), Map.of());

        assertThat(registrations.count(w.id(), both.id(), RegistrationStatus.REGISTERED)).isEqualTo(1);
        assertThat(registrations.findFor(w.id(), onlyRemoved.id(), kept.id())).isPresent();
        assertThat(attendance.count(w.id(), both.id())).isEqualTo(1);
        assertThat(attendance.attended(w.id(), onlyRemoved.id(), kept.id())).isTrue();
        assertThat(people.findByEmail(w.id(), "ana.ruiz@example.org")).isEmpty();
    }
}
