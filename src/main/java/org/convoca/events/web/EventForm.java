package org.convoca.events.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.EventStatus;
import org.convoca.events.EventText;
import org.convoca.events.EventTimes;
import org.convoca.events.LocalTimes;
import org.convoca.events.Question;
import org.convoca.events.Visibility;
import org.convoca.shared.Slugs;
import org.springframework.util.MultiValueMap;

/**
 * The staff form of an event, as typed: dates and times on the wall clock of the chosen zone, turned into
 * instants only when saved, so what staff read back is what they typed.
 */
public record EventForm(String slug, String defaultLanguage, String visibility, String capacity, String startDate,
        String startTime, String endDate, String endTime, String timeZone, String startFold, String endFold,
        List<String> extraZones, String joinUrl, String address, String opensDate, String opensTime,
        List<Integer> reminders, Map<String, EventText> texts, List<QuestionRow> questions) {

    /** One question of the form, worded per language. */
    public record QuestionRow(Map<String, String> labels, boolean required) {
        public String label(String language) {
            return labels.getOrDefault(language, "");
        }
    }

    /** The reminder times staff may pick, in minutes before the start. */
    public static final List<Integer> REMINDER_CHOICES = List.of(10080, 2880, 1440, 180, 60, 15);

    /** What saving the form gave: an event, or what stands in the way, field by field. */
    public record Parsed(Event event, Map<String, Msg> problems, Map<String, List<String>> folds) {
    }

    static EventForm empty(String language, String zone) {
        return new EventForm("", language, "public", "", "", "12:00", "", "13:00", zone, "", "", List.of(), "", "",
                "", "", Event.DEFAULT_REMINDERS, texts(Map.of()), rows(List.of()));
    }

    public static EventForm of(Event e) {
        ZoneId z = e.zone();
        LocalDateTime s = LocalDateTime.ofInstant(e.startsAt(), z);
        LocalDateTime en = LocalDateTime.ofInstant(e.endsAt(), z);
        LocalDateTime o = e.registrationOpensAt() == null ? null : LocalDateTime.ofInstant(e.registrationOpensAt(), z);
        boolean sLater = z.getRules().getValidOffsets(s).size() == 2
                && !z.getRules().getOffset(e.startsAt()).equals(z.getRules().getValidOffsets(s).getFirst());
        boolean eLater = z.getRules().getValidOffsets(en).size() == 2
                && !z.getRules().getOffset(e.endsAt()).equals(z.getRules().getValidOffsets(en).getFirst());
        return new EventForm(e.slug(), e.defaultLanguage(), e.visibility().wire(),
                e.capacity() == 0 ? "" : String.valueOf(e.capacity()), s.toLocalDate().toString(),
                s.toLocalTime().toString(), en.toLocalDate().toString(), en.toLocalTime().toString(), e.timeZone(),
                sLater ? "later" : "", eLater ? "later" : "", e.extraZones(), e.joinUrl(), e.address(),
                o == null ? "" : o.toLocalDate().toString(), o == null ? "" : o.toLocalTime().toString(),
                e.reminderMinutes(), texts(e.texts()), rows(e.questions()));
    }

    public static EventForm from(MultiValueMap<String, String> in) {
        Map<String, EventText> texts = new LinkedHashMap<>();
        for (String l : EventLimits.LANGUAGES) {
            texts.put(l, new EventText(l, one(in, "title_" + l), one(in, "description_" + l),
                    one(in, "image_alt_" + l)));
        }
        List<QuestionRow> questions = new ArrayList<>();
        for (int n = 1; n <= EventLimits.MAX_QUESTIONS; n++) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String l : EventLimits.LANGUAGES) {
                labels.put(l, EventLimits.clean(one(in, "question_" + n + "_" + l)));
            }
            questions.add(new QuestionRow(labels, "yes".equals(in.getFirst("question_" + n + "_required"))));
        }
        List<String> zones = new ArrayList<>();
        List<String> given = in.get("extra_zone");
        if (given != null) {
            given.stream().limit(EventLimits.MAX_EXTRA_ZONES + 1L).map(String::strip).filter(z -> !z.isEmpty())
                    .filter(z -> !zones.contains(z)).forEach(zones::add);
        }
        List<Integer> reminders = new ArrayList<>();
        List<String> ticked = in.get("reminder");
        if (ticked != null) {
            ticked.stream().limit(REMINDER_CHOICES.size() + 1L).forEach(r -> {
                try {
                    reminders.add(Integer.parseInt(r.strip()));
                } catch (NumberFormatException e) {
                    reminders.add(-1);
                }
            });
        }
        String language = one(in, "default_language");
        return new EventForm(one(in, "slug").strip().toLowerCase(Locale.ROOT),
                EventLimits.LANGUAGES.contains(language) ? language : "en", one(in, "visibility"),
                one(in, "capacity").strip(), one(in, "start_date").strip(), one(in, "start_time").strip(),
                one(in, "end_date").strip(), one(in, "end_time").strip(), one(in, "time_zone").strip(),
                one(in, "start_fold"), one(in, "end_fold"), zones, one(in, "join_url").strip(),
                one(in, "address"), one(in, "opens_date").strip(), one(in, "opens_time").strip(), reminders, texts,
                questions);
    }

    public EventText text(String language) {
        return texts.get(language);
    }

    public boolean remindsAt(int minutes) {
        return reminders.contains(minutes);
    }

    public String extraZone(int index) {
        return index < extraZones.size() ? extraZones.get(index) : "";
    }

    /** The event on top of {@code base} (id, status, sequence, dates), or a new one when null. */
    public Parsed toEvent(Event base, Locale locale) {
        Map<String, Msg> problems = new LinkedHashMap<>();
        Map<String, List<String>> folds = new LinkedHashMap<>();
        ZoneId zone = EventLimits.isZone(timeZone) ? ZoneId.of(timeZone) : null;
        if (zone == null) {
            problems.put("time_zone", Msg.of("events.error.zone"));
        }
        Instant start = instant("start", startDate, startTime, startFold, zone, locale, problems, folds);
        Instant end = instant("end", endDate.isEmpty() ? startDate : endDate, endTime, endFold, zone, locale,
                problems, folds);
        Instant opens = null;
        if (!opensDate.isEmpty() && zone != null) {
            LocalDateTime o = local(opensDate, opensTime.isEmpty() ? "09:00" : opensTime);
            if (o == null) {
                problems.put("opens", Msg.of("events.error.date"));
            } else {
                opens = o.atZone(zone).toInstant();
            }
        }
        int seats = seats();
        if (seats < 0) {
            problems.put("capacity", Msg.of("events.error.capacity", EventLimits.MAX_CAPACITY));
        }
        Map<String, EventText> used = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (!t.title().isEmpty() || !t.description().isEmpty()) {
                used.put(l, t);
            }
        });
        String language = used.containsKey(defaultLanguage) || used.isEmpty() ? defaultLanguage
                : used.keySet().iterator().next();
        String title = used.isEmpty() ? "" : used.get(language).title();
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Map<String, String> labels = new LinkedHashMap<>();
            questions.get(i).labels().forEach((l, label) -> {
                if (!label.isEmpty()) {
                    labels.put(l, label);
                }
            });
            if (!labels.isEmpty()) {
                qs.add(new Question(i + 1, questions.get(i).required(), labels));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems, folds);
        }
        String chosenSlug = slug.isBlank() ? Slugs.of(title, EventLimits.SLUG) : slug;
        Event e = new Event(base == null ? null : base.id(), base == null ? null : base.workspaceId(),
                chosenSlug.isEmpty() ? "event" : chosenSlug, base == null ? EventStatus.SCHEDULED : base.status(),
                Visibility.parse(visibility), language, start, end, timeZone, extraZones, joinUrl, address, seats,
                opens, reminders, base == null ? 0 : base.sequence(), base != null && base.hasImage(), used, qs,
                base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
        EventLimits.problems(e).forEach((field, p) -> problems.put(field, Msg.of("events.error." + p.key(),
                p.limit())));
        return new Parsed(problems.isEmpty() ? e : null, problems, folds);
    }

    /** The wall-clock time as an instant, or a problem: a time the clocks skip, or one they repeat unchosen. */
    private static Instant instant(String field, String date, String time, String fold, ZoneId zone, Locale locale,
            Map<String, Msg> problems, Map<String, List<String>> folds) {
        LocalDateTime local = local(date, time);
        if (local == null) {
            problems.put(field, Msg.of("events.error.date"));
            return null;
        }
        if (zone == null) {
            return null;
        }
        LocalTimes.Fold f = "earlier".equals(fold) ? LocalTimes.Fold.EARLIER
                : "later".equals(fold) ? LocalTimes.Fold.LATER : null;
        return switch (LocalTimes.resolve(local, zone, f)) {
            case LocalTimes.Exact x -> x.instant();
            case LocalTimes.Gap g -> {
                problems.put(field, Msg.of("events.error.gap", clock(g.asked(), locale), day(g.asked(), locale),
                        zone.getId(), clock(g.from(), locale), clock(g.to(), locale)));
                yield null;
            }
            case LocalTimes.Overlap o -> {
                problems.put(field, Msg.of("events.error.overlap", clock(o.asked(), locale), day(o.asked(), locale),
                        zone.getId(), clock(o.from(), locale), clock(o.to(), locale)));
                folds.put(field, List.of(
                        clock(o.asked(), locale) + " " + EventTimes.abbreviation(o.earlier().atZone(zone)),
                        clock(o.asked(), locale) + " " + EventTimes.abbreviation(o.later().atZone(zone))));
                yield null;
            }
        };
    }

    private static String clock(LocalDateTime t, Locale locale) {
        return EventTimes.time(t.atZone(ZoneOffset.UTC), locale);
    }

    private static String day(LocalDateTime t, Locale locale) {
        return EventTimes.date(t.atZone(ZoneOffset.UTC), locale);
    }

    private static LocalDateTime local(String date, String time) {
        try {
            LocalDate d = LocalDate.parse(date);
            if (d.getYear() < 2000 || d.getYear() > 2200) {
                return null;
            }
            return d.atTime(LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private int seats() {
        if (capacity.isEmpty()) {
            return 0;
        }
        try {
            long n = Long.parseLong(capacity.replace(",", ""));
            return n < 0 || n > EventLimits.MAX_CAPACITY ? -1 : (int) n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, EventText> texts(Map<String, EventText> given) {
        Map<String, EventText> texts = new LinkedHashMap<>();
        EventLimits.LANGUAGES.forEach(l -> texts.put(l, given.getOrDefault(l, new EventText(l, "", "", ""))));
        return texts;
    }

    private static List<QuestionRow> rows(List<Question> given) {
        List<QuestionRow> rows = new ArrayList<>();
        for (int n = 1; n <= EventLimits.MAX_QUESTIONS; n++) {
            int position = n;
            rows.add(given.stream().filter(q -> q.position() == position).findFirst()
                    .map(q -> new QuestionRow(q.labels(), q.required()))
                    .orElse(new QuestionRow(Map.of(), false)));
        }
        return rows;
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
