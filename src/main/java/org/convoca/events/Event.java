package org.convoca.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event: its start and end as instants, the IANA zone it is announced in (and any more zones to show), a
 * join link (virtual, shown only to registrants) or an address (in person), how many seats ({@code 0}: no
 * limit), when registration opens ({@code null}: at once), reminders as minutes before the start, and its
 * texts per language, the default language first. {@code sequence} counts the changes registrants were told of.
 */
public record Event(UUID id, UUID workspaceId, String slug, EventStatus status, Visibility visibility,
        String defaultLanguage, Instant startsAt, Instant endsAt, String timeZone, List<String> extraZones,
        String joinUrl, String address, int capacity, Instant registrationOpensAt, List<Integer> reminderMinutes,
        int sequence, boolean hasImage, Map<String, EventText> texts, List<Question> questions, Instant createdAt,
        Instant modifiedAt) {

    public static final List<Integer> DEFAULT_REMINDERS = List.of(1440, 60);

    public Event {
        joinUrl = EventLimits.clean(joinUrl);
        address = EventLimits.cleanBlock(address);
        extraZones = List.copyOf(extraZones);
        reminderMinutes = List.copyOf(reminderMinutes);
        questions = List.copyOf(questions);
        Map<String, EventText> ordered = new LinkedHashMap<>();
        if (texts.containsKey(defaultLanguage)) {
            ordered.put(defaultLanguage, texts.get(defaultLanguage));
        }
        ordered.putAll(texts);
        texts = Collections.unmodifiableMap(ordered);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The texts in this language, or else in the default language. */
    public EventText text(String language) {
        EventText t = texts.get(language);
        return t != null ? t : texts.values().stream().findFirst().orElse(new EventText(defaultLanguage, "", "", ""));
    }

    public String title() {
        return text(defaultLanguage).title();
    }

    public List<String> languages() {
        return new ArrayList<>(texts.keySet());
    }

    public boolean isVirtual() {
        return !joinUrl.isEmpty();
    }

    public boolean isListed() {
        return visibility == Visibility.PUBLIC;
    }

    public boolean hasEnded(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** Announced, but registration has not opened yet: a save-the-date. */
    public boolean isSaveTheDate(Instant now) {
        return status == EventStatus.SCHEDULED && registrationOpensAt != null && now.isBefore(registrationOpensAt);
    }

    public boolean takesRegistrations(Instant now) {
        return status == EventStatus.SCHEDULED && !isSaveTheDate(now) && !hasEnded(now);
    }

    public Event with(EventStatus newStatus, int newSequence) {
        return new Event(id, workspaceId, slug, newStatus, visibility, defaultLanguage, startsAt, endsAt, timeZone,
                extraZones, joinUrl, address, capacity, registrationOpensAt, reminderMinutes, newSequence, hasImage,
                texts, questions, createdAt, modifiedAt);
    }
}
