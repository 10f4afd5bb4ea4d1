package org.convoca.events.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.details.Details;
import org.convoca.events.web.EventForm;
import org.convoca.events.web.Msg;
import org.convoca.events.web.RegisterForm;
import org.convoca.people.PersonLimits;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The form a supporter fills in to host an event, as typed, so a refused form comes back as they left it. The
 * event's part goes through the staff form's own checks ({@link EventForm}): the same zones, the same refusal of
 * a time the clocks skip, the same limits. {@code website} is the honeypot, empty for people.
 */
public record HostForm(String givenName, String familyName, String email, String phone, String language,
        String title, String description, String startDate, String startTime, String endDate, String endTime,
        String timeZone, String startFold, String endFold, boolean virtual, String address, String locality,
        String region, String postalCode, String joinUrl, String capacity, String website) {

    /** More than any real form carries (a description of 20,000 characters, in any script); a bigger one is refused. */
    static final int MAX_BYTES = 160 * 1024;
    static final int LOCALITY = 100;
    static final int REGION = 100;

    static HostForm empty(String language, String zone) {
        return new HostForm("", "", "", "", language, "", "", "", "18:00", "", "20:00", zone, "", "", false, "", "",
                "", "", "", "", "");
    }

    /** The form filled with an event as it is, for its host to change. */
    static HostForm of(Event e, Details d, String language) {
        EventForm f = EventForm.of(e);
        return new HostForm("", "", "", "", language, e.text(language).title(), e.text(language).description(),
                f.startDate(), f.startTime(), f.endDate(), f.endTime(), f.timeZone(), f.startFold(), f.endFold(),
                e.isVirtual(), d.addressLines(), d.locality(), d.region(), d.postalCode(), e.joinUrl(),
                f.capacity(), "");
    }

    static HostForm from(HttpServletRequest in, String fallbackLanguage) {
        String language = one(in, "language");
        return new HostForm(one(in, "given_name"), one(in, "family_name"), one(in, "email"), one(in, "phone"),
                EventLimits.LANGUAGES.contains(language) ? language : fallbackLanguage, one(in, "title"),
                one(in, "description"), one(in, "start_date").strip(), one(in, "start_time").strip(),
                one(in, "end_date").strip(), one(in, "end_time").strip(), one(in, "time_zone").strip(),
                one(in, "start_fold"), one(in, "end_fold"), "virtual".equals(one(in, "kind")), one(in, "address"),
                one(in, "locality"), one(in, "region"), one(in, "postal_code"), one(in, "join_url").strip(),
                one(in, "capacity").strip(), one(in, "website"));
    }

    /** What is wrong with the host's own details, as message keys under {@code events.host.error.}. */
    Map<String, Msg> personProblems() {
        Map<String, Msg> problems = new LinkedHashMap<>();
        line(problems, "given_name", givenName, PersonLimits.NAME, true);
        line(problems, "family_name", familyName, PersonLimits.NAME, false);
        line(problems, "email", email, PersonLimits.EMAIL, true);
        if (!problems.containsKey("email") && !PersonLimits.isEmail(PersonLimits.normalizeEmail(email))) {
            problems.put("email", Msg.of("events.host.error.email"));
        }
        line(problems, "phone", phone, PersonLimits.PHONE, false);
        return problems;
    }

    /** What is wrong with the place as typed; the rest of the event is checked as it becomes one. */
    Map<String, Msg> placeProblems() {
        Map<String, Msg> problems = new LinkedHashMap<>();
        line(problems, "title", title, EventLimits.TITLE, true);
        if (virtual) {
            if (joinUrl.isEmpty()) {
                problems.put("join_url", Msg.of("events.host.error.required"));
            } else if (joinUrl.length() > EventLimits.URL || !EventLimits.isWebAddress(joinUrl)) {
                problems.put("join_url", Msg.of("events.error.url", EventLimits.URL));
            }
        } else {
            if (address.isBlank()) {
                problems.put("address", Msg.of("events.host.error.required"));
            } else if (address.strip().length() > EventLimits.ADDRESS) {
                problems.put("address", Msg.of("events.host.error.too-long", EventLimits.ADDRESS));
            }
            line(problems, "locality", locality, LOCALITY, true);
            line(problems, "region", region, REGION, false);
            line(problems, "postal_code", postalCode, PersonLimits.POSTAL_CODE, false);
        }
        return problems;
    }

    /** Where the event is, in parts, for the campaign's list by region and search by postal code. */
    Details details() {
        return virtual ? Details.NONE : new Details("", address, locality, region, postalCode, "", "");
    }

    /** The event as the staff form would make it (unlisted, reminders a day and an hour before), or its problems. */
    EventForm.Parsed toEvent(Event base, Locale locale) {
        MultiValueMap<String, String> in = new LinkedMultiValueMap<>();
        in.add("title_" + language, title);
        in.add("description_" + language, description);
        in.add("default_language", language);
        in.add("visibility", base == null ? "unlisted" : base.visibility().wire());
        in.add("capacity", capacity);
        in.add("start_date", startDate);
        in.add("start_time", startTime);
        in.add("end_date", endDate);
        in.add("end_time", endTime);
        in.add("time_zone", timeZone);
        in.add("start_fold", startFold);
        in.add("end_fold", endFold);
        in.add("join_url", virtual ? joinUrl : "");
        in.add("address", virtual ? "" : details().address());
        (base == null ? Event.DEFAULT_REMINDERS : base.reminderMinutes()).forEach(m -> in.add("reminder", "" + m));
        if (base != null) {
            in.add("slug", base.slug());
        }
        EventForm.Parsed parsed = EventForm.from(in).toEvent(base, locale);
        Map<String, Msg> problems = new LinkedHashMap<>();
        parsed.problems().forEach((field, m) -> problems.put(switch (field) {
            case "title_en", "title_es", "slug" -> "title";
            case "description_en", "description_es" -> "description";
            default -> field;
        }, m));
        return new EventForm.Parsed(parsed.event(), problems, parsed.folds());
    }

    private static void line(Map<String, Msg> problems, String field, String value, int max, boolean required) {
        String problem = RegisterForm.lineProblem(value, max, required);
        if (problem != null) {
            problems.put(field, Msg.of("events.host.error." + problem, max));
        }
    }

    private static String one(HttpServletRequest in, String name) {
        String v = in.getParameter(name);
        return v == null ? "" : v;
    }
}
