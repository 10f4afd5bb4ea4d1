package org.convoca.events;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** How big each part of an event may be, and what makes one unsaveable. */
public final class EventLimits {

    /** A problem with one field, as a message key under {@code events.error.} and the limit it broke. */
    public record Problem(String key, long limit) {
    }

    public static final List<String> LANGUAGES = List.of("en", "es");
    public static final int SLUG = 80;
    public static final int TITLE = 300;
    public static final int DESCRIPTION = 20_000;
    public static final int URL = 1000;
    public static final int ADDRESS = 500;
    public static final int IMAGE_ALT = 300;
    public static final int MAX_CAPACITY = 1_000_000;
    public static final int MAX_EXTRA_ZONES = 4;
    public static final int MAX_QUESTIONS = 5;
    public static final int QUESTION = 300;
    public static final int ANSWER = 2000;
    public static final int MAX_REMINDERS = 3;
    /** Reminders go out at most two weeks and at least five minutes ahead. */
    public static final int MAX_REMINDER_MINUTES = 14 * 24 * 60;
    public static final int MIN_REMINDER_MINUTES = 5;
    public static final Duration MAX_LENGTH = Duration.ofDays(31);

    private static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private EventLimits() {
    }

    /** One line: trimmed, line breaks and other control characters gone; null becomes empty. */
    public static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").strip();
    }

    /** Several lines: trimmed, line breaks kept as {@code \n}, other control characters gone. */
    public static String cleanBlock(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && SLUG_PATTERN.matcher(slug).matches();
    }

    public static boolean isWebAddress(String url) {
        return url != null && WEB.matcher(url).matches();
    }

    /** Whether this names a zone of the IANA database (not an offset like "+02:00", which has no rules). */
    public static boolean isZone(String zone) {
        try {
            return zone != null && ZoneId.getAvailableZoneIds().contains(zone) && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Every problem of the event, by field; empty when it can be saved. */
    public static Map<String, Problem> problems(Event e) {
        Map<String, Problem> p = new LinkedHashMap<>();
        if (!isValidSlug(e.slug())) {
            p.put("slug", new Problem("slug", SLUG));
        }
        if (!LANGUAGES.contains(e.defaultLanguage())) {
            p.put("default_language", new Problem("language", 0));
        }
        if (!e.texts().containsKey(e.defaultLanguage()) || e.text(e.defaultLanguage()).title().isEmpty()) {
            p.put("title_" + e.defaultLanguage(), new Problem("required", 0));
        }
        e.texts().forEach((language, t) -> {
            if (!LANGUAGES.contains(language)) {
                p.put("default_language", new Problem("language", 0));
            }
            tooLong(p, "title_" + language, t.title(), TITLE);
            tooLong(p, "description_" + language, t.description(), DESCRIPTION);
            tooLong(p, "image_alt_" + language, t.imageAlt(), IMAGE_ALT);
        });
        if (!isZone(e.timeZone())) {
            p.put("time_zone", new Problem("zone", 0));
        }
        if (e.extraZones().size() > MAX_EXTRA_ZONES || !e.extraZones().stream().allMatch(EventLimits::isZone)) {
            p.put("extra_zones", new Problem("zones", MAX_EXTRA_ZONES));
        }
        if (!e.endsAt().isAfter(e.startsAt())) {
            p.put("end", new Problem("end-before-start", 0));
        } else if (Duration.between(e.startsAt(), e.endsAt()).compareTo(MAX_LENGTH) > 0) {
            p.put("end", new Problem("too-long-event", MAX_LENGTH.toDays()));
        }
        if (e.registrationOpensAt() != null && !e.registrationOpensAt().isBefore(e.endsAt())) {
            p.put("opens", new Problem("opens-after-end", 0));
        }
        if (e.joinUrl().isEmpty() && e.address().isEmpty()) {
            p.put("join_url", new Problem("where", 0));
        } else if (!e.joinUrl().isEmpty() && (!isWebAddress(e.joinUrl()) || e.joinUrl().length() > URL)) {
            p.put("join_url", new Problem("url", URL));
        }
        tooLong(p, "address", e.address(), ADDRESS);
        if (e.capacity() < 0 || e.capacity() > MAX_CAPACITY) {
            p.put("capacity", new Problem("capacity", MAX_CAPACITY));
        }
        if (e.reminderMinutes().size() > MAX_REMINDERS || !e.reminderMinutes().stream()
                .allMatch(m -> m >= MIN_REMINDER_MINUTES && m <= MAX_REMINDER_MINUTES)) {
            p.put("reminders", new Problem("reminders", MAX_REMINDERS));
        }
        if (e.questions().size() > MAX_QUESTIONS) {
            p.put("questions", new Problem("too-many", MAX_QUESTIONS));
        }
        for (Question q : e.questions()) {
            q.labels().forEach((language, label) -> tooLong(p, "question_" + q.position() + "_" + language, label,
                    QUESTION));
        }
        return p;
    }

    private static void tooLong(Map<String, Problem> p, String field, String value, int max) {
        if (value.length() > max) {
            p.put(field, new Problem("too-long", max));
        }
    }
}
