package org.convoca.events.api;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.EventText;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.shared.web.SafeMarkdown;

/**
 * An event as Action Network's API shows one: {@code start_date} and {@code end_date} in the event's own zone
 * with their UTC offset (so "12:00-05:00" in Chicago in June), and the zone's name under {@code location}. The
 * join link is not here: only registrants get it.
 */
final class EventJson {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private EventJson() {
    }

    static Map<String, Object> of(Event e, long accepted, String site, HalLinks links) {
        EventText main = e.text(e.defaultLanguage());
        ZonedDateTime start = e.startsAt().atZone(e.zone());
        ZonedDateTime end = e.endsAt().atZone(e.zone());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(e.id()));
        json.put("origin_system", "Convoca");
        json.put("created_date", Hal.date(e.createdAt()));
        json.put("modified_date", Hal.date(e.modifiedAt()));
        json.put("name", e.slug());
        json.put("title", main.title());
        json.put("description", SafeMarkdown.html(main.description()));
        json.put("browser_url", site + "/events/" + e.slug());
        json.put("start_date", OFFSET.format(start.withNano(0)));
        json.put("end_date", OFFSET.format(end.withNano(0)));
        json.put("status", e.status() == EventStatus.CANCELLED ? "cancelled"
                : e.status() == EventStatus.POSTPONED ? "tentative" : "confirmed");
        json.put("visibility", e.isListed() ? "public" : "private");
        json.put("capacity", e.capacity());
        json.put("total_accepted", accepted);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("venue", e.isVirtual() ? "Online" : "");
        location.put("address_lines", e.address().isEmpty() ? List.of() : List.of(e.address().split("\n")));
        location.put("time_zone", e.timeZone());
        json.put("location", location);
        json.put("convoca:virtual", e.isVirtual());
        json.put("convoca:extra_time_zones", e.extraZones());
        json.put("convoca:language", e.defaultLanguage());
        Map<String, Object> translations = new LinkedHashMap<>();
        e.texts().forEach((language, t) -> {
            if (!language.equals(e.defaultLanguage())) {
                translations.put(language, Map.of("title", t.title(), "description",
                        SafeMarkdown.html(t.description())));
            }
        });
        json.put("convoca:translations", translations);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/events/" + e.id()));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
