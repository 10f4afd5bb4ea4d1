package org.convoca.people.imports;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.convoca.people.Tags;

/** Turns a CSV record into a person, with the same checks as every other way people come in. */
final class RowReader {

    static final int MAX_LABELS = 50;

    private static final Map<String, String> COUNTRIES = Map.of("usa", "US", "united states", "US",
            "united states of america", "US", "estados unidos", "US", "eeuu", "US", "ee uu", "US", "mexico", "MX",
            "canada", "CA");
    private static final Map<String, String> LANGUAGES = Map.of("english", "en", "ingles", "en", "spanish", "es",
            "espanol", "es", "castellano", "es");

    private final Layout layout;
    private final String source;

    RowReader(Layout layout, String source) {
        this.layout = layout;
        this.source = source;
    }

    Row read(CsvRecord record) {
        List<String> f = record.getFields();
        long line = record.getStartingLineNumber();
        String raw = Row.encode(f);
        if (f.size() != layout.header().size()) {
            return new Row.Failed(line, raw, "This row has " + f.size() + " columns but the header has "
                    + layout.header().size() + (f.size() > layout.header().size() ? "." : " (is a quote left open?)."));
        }
        EmailStatus status = null;
        String statusText = get(f, Target.EMAIL_STATUS);
        if (!statusText.isEmpty()) {
            status = EmailStatus.parse(statusText).orElse(null);
            if (status == null) {
                return new Row.Failed(line, raw, "\"" + shorten(statusText) + "\" is not an email status: use "
                        + "subscribed, unsubscribed, bouncing or spam_complaint.");
            }
        }
        Map<String, String> custom = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
            String name = layout.customNames().get(i);
            if (name != null && !f.get(i).isBlank()) {
                custom.put(name, PersonLimits.clean(unguarded(f.get(i))));
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        Set<String> lists = new LinkedHashSet<>();
        String problem = labels(get(f, Target.TAGS), Tags.NAME, "tag", tags);
        if (problem == null) {
            problem = labels(get(f, Target.LISTS), Lists.NAME, "list", lists);
        }
        if (problem != null) {
            return new Row.Failed(line, raw, problem);
        }
        Person person = new Person(null, null, get(f, Target.GIVEN_NAME), get(f, Target.FAMILY_NAME),
                get(f, Target.EMAIL), status == null ? EmailStatus.SUBSCRIBED : status, get(f, Target.PHONE),
                new PostalAddress(get(f, Target.ADDRESS), get(f, Target.CITY), get(f, Target.STATE),
                        get(f, Target.ZIP), country(get(f, Target.COUNTRY))),
                language(get(f, Target.LANGUAGE)), source, custom, null, null);
        Map<String, String> problems = PersonLimits.problems(person);
        if (!problems.isEmpty()) {
            return new Row.Failed(line, raw, String.join(" ", problems.values()));
        }
        return new Row.Ok(line, raw, person, status, tags, lists);
    }

    private String get(List<String> fields, Target target) {
        int column = layout.column(target);
        return column < 0 ? "" : unguarded(fields.get(column));
    }

    /** Takes back the apostrophe an export puts before formula-like cells, so export and import round-trip. */
    static String unguarded(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static String labels(String value, int max, String kind, Set<String> into) {
        if (value.isBlank()) {
            return null;
        }
        for (String part : value.split("[;|]")) {
            String name = PersonLimits.clean(part);
            if (name.length() > max) {
                return "A " + kind + " name is longer than " + max + " characters.";
            }
            if (!name.isEmpty()) {
                into.add(name);
            }
        }
        return into.size() > MAX_LABELS ? "A row can add at most " + MAX_LABELS + " " + kind + "s." : null;
    }

    private static String country(String value) {
        String key = Target.normalize(value);
        return COUNTRIES.getOrDefault(key, value);
    }

    private static String language(String value) {
        String key = Target.normalize(value);
        return LANGUAGES.getOrDefault(key, value.strip().toLowerCase(Locale.ROOT));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
