package org.convoca.actions.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convoca.actions.PetitionLimits;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the staff pages of every kind of action share: the workspace's time zone and default language, words in the
 * reader's language, the page of a list asked for. Each kind adds how it finds one of its own actions.
 */
public abstract class StaffPages {

    private final Workspaces workspaces;
    private final MessageSource messages;
    private final String area;

    /** @param area the message bundle's prefix for the kind of action, such as {@code forms} */
    protected StaffPages(Workspaces workspaces, MessageSource messages, String area) {
        this.workspaces = workspaces;
        this.messages = messages;
        this.area = area;
    }

    /** Another workspace's action and a made-up id get the same answer: nothing here. */
    public static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The workspace's time zone; UTC if it names none that exists. */
    public ZoneId zone(Staff staff) {
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    public Dates dates(Staff staff, Locale locale) {
        return new Dates(zone(staff), locale);
    }

    /** The language a new action starts in: the workspace's, if actions can be written in it. */
    public String defaultLanguage(Staff staff) {
        String l = workspaces.findById(staff.workspaceId()).map(w -> w.defaultLanguage()).orElse("en");
        return PetitionLimits.LANGUAGES.contains(l) ? l : "en";
    }

    public String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Problems in the reader's language, keyed by field. */
    public Map<String, String> words(Map<String, PetitionLimits.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field, t(locale, area + ".error." + p.key(), p.limit())));
        return words;
    }

    /** The page of a list asked for in the address; the first for anything that is not a sensible page number. */
    public static long pageNumber(String page) {
        try {
            long n = Long.parseLong(page.strip());
            return n < 1 || n > 1_000_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
