package org.convoca.events.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.EventStatus;
import org.convoca.events.EventText;
import org.convoca.events.Events;
import org.convoca.events.InvalidEventException;
import org.convoca.events.Organizing;
import org.convoca.events.Visibility;
import org.convoca.events.campaign.Hostings;
import org.convoca.events.details.Details;
import org.convoca.events.details.EventDetails;
import org.convoca.shared.Slugs;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /events} and {@code PUT /events/{id}}: the fields Action Network documents, in the event's main
 * language. Dates with an offset name an instant; dates without one are wall-clock time in the event's zone
 * ({@code location.location.time_zone}, else the workspace's). The event, its place and its status are saved
 * together or not at all.
 */
@Service
class EventWrites {

    private final Events events;
    private final Organizing organizing;
    private final EventDetails details;
    private final Workspaces workspaces;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Hostings hostings;

    EventWrites(Events events, Organizing organizing, EventDetails details, Workspaces workspaces,
            MessageSource messages, TransactionTemplate tx, Hostings hostings) {
        this.hostings = hostings;
        this.events = events;
        this.organizing = organizing;
        this.details = details;
        this.workspaces = workspaces;
        this.messages = messages;
        this.tx = tx;
    }

    /** The event, unless a supporter offered it and staff have not approved it: the API does not show those. */
    Event find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> events.find(workspaceId, uuid))
                .filter(e -> !hostings.isHeld(workspaceId, e.id()))
                .orElseThrow(() -> ApiException.notFound("There is no event with the identifier " + shorten(id)
                        + " in this workspace."));
    }

    Event create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest("An event needs a title.");
        }
        if (!json.hasNonNull("start_date")) {
            throw ApiException.badRequest("An event needs a start_date, such as 2026-07-14T12:00:00-05:00.");
        }
        Workspace w = workspaces.findById(workspaceId).orElseThrow();
        String language = EventLimits.LANGUAGES.contains(w.defaultLanguage()) ? w.defaultLanguage() : "en";
        String zone = zone(json, EventLimits.isZone(w.timeZone()) ? w.timeZone() : "America/Chicago");
        Instant start = date(json.get("start_date"), "start_date", zone);
        Instant end = json.hasNonNull("end_date") ? date(json.get("end_date"), "end_date", zone)
                : start.plus(Duration.ofHours(1));
        Details place = place(json, Details.NONE);
        String joinUrl = ApiJson.text(json.get("convoca:join_url"), "convoca:join_url");
        String slug = Slugs.of(title, EventLimits.SLUG);
        Event draft = new Event(null, workspaceId, slug.isEmpty() ? "event" : slug, EventStatus.SCHEDULED,
                visibility(json, Visibility.PUBLIC), language, start, end, zone, List.of(), joinUrl, place.address(),
                capacity(json, 0), null, Event.DEFAULT_REMINDERS, 0, false,
                Map.of(language, new EventText(language, title, ApiJson.text(json.get("description"), "description"),
                        "")), List.of(), null, null);
        EventStatus status = status(json, EventStatus.SCHEDULED);
        return refusedAsApiErrors(() -> tx.execute(s -> {
            Event e = organizing.create(workspaceId, draft);
            details.save(workspaceId, e.id(), place);
            return status == EventStatus.SCHEDULED ? e : organizing.setStatus(e, status);
        }));
    }

    /** Fields that are absent stay as they are. */
    Event update(UUID workspaceId, String id, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Event old = find(workspaceId, id);
        Details oldPlace = details.of(workspaceId, old.id());
        String zone = zone(json, old.timeZone());
        Instant start = json.hasNonNull("start_date") ? date(json.get("start_date"), "start_date", zone)
                : zone.equals(old.timeZone()) ? old.startsAt() : sameWallClock(old.startsAt(), old.zone(), zone);
        Instant end = json.hasNonNull("end_date") ? date(json.get("end_date"), "end_date", zone)
                : zone.equals(old.timeZone()) ? old.endsAt() : sameWallClock(old.endsAt(), old.zone(), zone);
        Details place = place(json, oldPlace);
        boolean placeSent = json.has("location") || json.has("instructions");
        String address = json.has("location") ? place.address() : old.address();
        EventText t = old.text(old.defaultLanguage());
        Map<String, EventText> texts = new LinkedHashMap<>(old.texts());
        texts.put(old.defaultLanguage(), new EventText(old.defaultLanguage(), field(json, "title", t.title()),
                field(json, "description", t.description()), t.imageAlt()));
        Event changed = new Event(old.id(), workspaceId, old.slug(), old.status(), visibility(json, old.visibility()),
                old.defaultLanguage(), start, end, zone, old.extraZones(),
                json.has("convoca:join_url") ? ApiJson.text(json.get("convoca:join_url"), "convoca:join_url")
                        : old.joinUrl(), address, capacity(json, old.capacity()), old.registrationOpensAt(),
                old.reminderMinutes(), old.sequence(), old.hasImage(), texts, old.questions(), old.createdAt(),
                old.modifiedAt());
        EventStatus status = status(json, old.status());
        return refusedAsApiErrors(() -> tx.execute(s -> {
            Event e = organizing.update(old, changed);
            if (placeSent) {
                details.save(workspaceId, e.id(), place);
            }
            return status == e.status() ? e : organizing.setStatus(e, status);
        }));
    }

    private static Instant sameWallClock(Instant at, ZoneId from, String to) {
        return at.atZone(from).toLocalDateTime().atZone(ZoneId.of(to)).toInstant();
    }

    private static String zone(JsonNode json, String fallback) {
        JsonNode location = json.get("location");
        String zone = "";
        if (location != null && !location.isNull()) {
            ApiJson.object(location, "location");
            JsonNode inner = location.get("location");
            if (inner != null && !inner.isNull()) {
                zone = ApiJson.text(ApiJson.object(inner, "location.location").get("time_zone"),
                        "location.location.time_zone");
            }
            if (zone.isBlank()) {
                zone = ApiJson.text(location.get("time_zone"), "location.time_zone");
            }
        }
        if (zone.isBlank()) {
            zone = ApiJson.text(json.get("convoca:time_zone"), "convoca:time_zone");
        }
        zone = zone.strip();
        if (zone.isEmpty()) {
            return fallback;
        }
        if (!EventLimits.isZone(zone)) {
            throw ApiException.badRequest("\"" + shorten(zone) + "\" is not a time zone of the IANA database; "
                    + "write one such as America/Chicago.");
        }
        return zone;
    }

    static Instant date(JsonNode node, String field, String zone) {
        String v = ApiJson.text(node, field).strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v).atZone(ZoneId.of(zone)).toInstant();
            } catch (DateTimeException e) {
                throw ApiException.badRequest(field + " \"" + shorten(v) + "\" is not a date and time; write one "
                        + "like 2026-07-14T12:00:00-05:00, or without the offset for the event's own time zone.");
            }
        }
    }

    private static Details place(JsonNode json, Details old) {
        String instructions = json.has("instructions") ? ApiJson.text(json.get("instructions"), "instructions")
                : old.instructions();
        if (instructions.length() > Details.INSTRUCTIONS) {
            throw ApiException.badRequest("instructions is longer than " + Details.INSTRUCTIONS + " characters.");
        }
        JsonNode l = json.get("location");
        if (l == null || l.isNull()) {
            return new Details(old.venue(), old.addressLines(), old.locality(), old.region(), old.postalCode(),
                    old.country(), instructions);
        }
        ApiJson.object(l, "location");
        JsonNode linesNode = l.get("address_lines");
        String lines = linesNode != null && linesNode.isArray()
                ? String.join("\n", ApiJson.texts(linesNode, "location.address_lines", 5))
                : ApiJson.text(linesNode, "location.address_lines");
        String[][] limits = {{"venue", "200"}, {"locality", "100"}, {"region", "100"}, {"postal_code", "20"}};
        for (String[] f : limits) {
            if (ApiJson.text(l.get(f[0]), "location." + f[0]).length() > Integer.parseInt(f[1])) {
                throw ApiException.badRequest("location." + f[0] + " is longer than " + f[1] + " characters.");
            }
        }
        if (lines.length() > 500) {
            throw ApiException.badRequest("location.address_lines are longer than 500 characters together.");
        }
        String country = ApiJson.text(l.get("country"), "location.country").strip();
        if (!country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("location.country must be a two-letter country code, such as US.");
        }
        return new Details(ApiJson.text(l.get("venue"), "location.venue"), lines,
                ApiJson.text(l.get("locality"), "location.locality"), ApiJson.text(l.get("region"), "location.region"),
                ApiJson.text(l.get("postal_code"), "location.postal_code"), country, instructions);
    }

    private static int capacity(JsonNode json, int old) {
        if (!json.has("capacity")) {
            return old;
        }
        JsonNode c = json.get("capacity");
        if (c.isNull()) {
            return 0;
        }
        if (!c.canConvertToInt() || !c.isIntegralNumber() || c.asInt() < 0 || c.asInt() > EventLimits.MAX_CAPACITY) {
            throw ApiException.badRequest("capacity must be a whole number from 0 (no limit) to "
                    + EventLimits.MAX_CAPACITY + ".");
        }
        return c.asInt();
    }

    private static EventStatus status(JsonNode json, EventStatus old) {
        if (!json.hasNonNull("status")) {
            return old;
        }
        String s = ApiJson.text(json.get("status"), "status").strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "confirmed", "scheduled" -> EventStatus.SCHEDULED;
            case "tentative", "postponed" -> EventStatus.POSTPONED;
            case "cancelled", "canceled" -> EventStatus.CANCELLED;
            default -> throw ApiException.badRequest("status must be confirmed, tentative or cancelled.");
        };
    }

    private static Visibility visibility(JsonNode json, Visibility old) {
        if (!json.hasNonNull("visibility")) {
            return old;
        }
        String v = ApiJson.text(json.get("visibility"), "visibility").strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "public" -> Visibility.PUBLIC;
            case "private", "unlisted" -> Visibility.UNLISTED;
            default -> throw ApiException.badRequest("visibility must be public or private.");
        };
    }

    private static String field(JsonNode json, String name, String old) {
        return json.has(name) ? ApiJson.text(json.get(name), name) : old;
    }

    private Event refusedAsApiErrors(java.util.function.Supplier<Event> work) {
        try {
            return work.get();
        } catch (InvalidEventException e) {
            List<String> sentences = new ArrayList<>();
            e.problems().forEach((field, p) -> sentences.add(apiField(field) + ": " + messages.getMessage(
                    "events.error." + p.key(), new Object[] {p.limit()}, p.key(), Locale.ENGLISH)));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }

    private static String apiField(String field) {
        return switch (field.replaceAll("_(en|es)$", "")) {
            case "join_url" -> "location (an address, or convoca:join_url for an online event)";
            case "end" -> "end_date";
            case "time_zone" -> "location.location.time_zone";
            case "address" -> "location";
            default -> field.replaceAll("_(en|es)$", "");
        };
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
