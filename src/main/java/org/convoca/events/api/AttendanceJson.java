package org.convoca.events.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.events.Registration;

/**
 * An attendance (a registration) as Action Network's API shows one: {@code status} is OSDI's {@code accepted}
 * for a seat, {@code tentative} on the wait list, {@code declined} once cancelled; {@code convoca:attended} says
 * whether staff recorded the person present.
 */
final class AttendanceJson {

    private AttendanceJson() {
    }

    static Map<String, Object> of(Registration r, boolean attended, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(r.id()));
        json.put("created_date", Hal.date(r.createdAt()));
        json.put("modified_date", Hal.date(r.modifiedAt()));
        json.put("status", switch (r.status()) {
            case REGISTERED -> "accepted";
            case WAITLISTED -> "tentative";
            case CANCELLED -> "declined";
        });
        json.put("origin_system", r.source().isEmpty() ? "Convoca" : r.source());
        json.put("action_network:person_id", r.personId().toString());
        json.put("action_network:event_id", r.eventId().toString());
        json.put("convoca:status", r.status().wire());
        json.put("convoca:attended", attended);
        json.put("convoca:language", r.language());
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/events/" + r.eventId() + "/attendances/" + r.id()));
        linkMap.put("osdi:event", links.link("/events/" + r.eventId()));
        linkMap.put("osdi:person", links.link("/people/" + r.personId()));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
