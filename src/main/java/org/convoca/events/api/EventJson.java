package org.convoca.events.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.events.Event;
import org.convoca.events.EventStatus;
import org.convoca.events.Visibility;
import org.convoca.events.details.Details;
import org.convoca.shared.web.SafeMarkdown;

/**
 * An event as Action Network's API shows one. {@code start_date} and {@code end_date} are the wall-clock time in
 * the event's zone with that moment's UTC offset ({@code 2026-07-14T12:00:00-05:00} in Chicago in July,
 * {@code -06:00} in January), and the zone itself is at {@code location.location.time_zone}.
 */
final class EventJson {

    static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private EventJson() {
    }

    static String offsetDate(Instant instant, ZoneId zone) {
        return OFFSET.format(instant.atZone(zone));
    }

    static String status(EventStatus s) {
        return switch (s) {
            case SCHEDULED -> "confirmed";
            case POSTPONED -> "tentative";
            case CANCELLED -> "cancelled";
        };
    }

    /**
     * @param site the address of the event's workspace's public pages, such as {@code https://host/unidos}
     * @param own whether the caller's workspace owns the event: only then are the instructions shown
     */
    static Map<String, Object> of(Event e, Details d, long accepted, Optional<UUID> campaign, String site,
            HalLinks links, boolean own) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(e.id()));
        json.put("origin_system", "Convoca");
        json.put("created_date", Hal.date(e.createdAt()));
        json.put("modified_date", Hal.date(e.modifiedAt()));
        json.put("title", e.title());
        json.put("description", SafeMarkdown.html(e.text(e.defaultLanguage()).description()));
        if (own) {
            json.put("instructions", d.instructions());
        }
        json.put("browser_url", site + "/events/" + e.slug());
        json.put("start_date", offsetDate(e.startsAt(), e.zone()));
        json.put("end_date", offsetDate(e.endsAt(), e.zone()));
        json.put("status", status(e.status()));
        json.put("visibility", e.visibility() == Visibility.PUBLIC ? "public" : "private");
        json.put("capacity", e.capacity());
        json.put("total_accepted", accepted);
        json.put("guests_can_invite_others", false);
        json.put("transparence", "opaque");
        json.put("action_network:hidden", e.visibility() != Visibility.PUBLIC);
        campaign.ifPresent(c -> json.put("action_network:event_campaign_id", c.toString()));
        json.put("location", location(e, d));
        json.put("convoca:time_zone", e.timeZone());
        json.put("convoca:online", e.isVirtual());
        json.put("convoca:status", e.status().wire());
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
        linkMap.put("osdi:attendances", links.link("/events/" + e.id() + "/attendances"));
        linkMap.put("osdi:record_attendance_helper", links.link("/events/" + e.id() + "/attendances"));
        campaign.ifPresent(c -> linkMap.put("action_network:event_campaign", links.link("/event_campaigns/" + c)));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }

    /** The parts saved through the API or a campaign; an address typed on the staff form goes in as lines. */
    private static Map<String, Object> location(Event e, Details d) {
        boolean parts = !d.address().isEmpty() && d.address().equals(e.address());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("venue", parts ? d.venue() : "");
        List<String> lines = parts ? lines(d.addressLines()) : lines(e.address());
        l.put("address_lines", lines);
        l.put("locality", d.locality());
        l.put("region", d.region());
        l.put("postal_code", d.postalCode());
        l.put("country", d.country());
        l.put("location", Map.of("time_zone", e.timeZone()));
        return l;
    }

    private static List<String> lines(String block) {
        return block.isEmpty() ? List.of() : Arrays.asList(block.split("\n"));
    }
}
