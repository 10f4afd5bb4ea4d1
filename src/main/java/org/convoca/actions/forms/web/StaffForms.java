package org.convoca.actions.forms.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.web.Dates;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff form pages share: finding a form of the signed-in workspace, dates, wording. */
@Component
class StaffForms {

    private final Forms forms;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StaffForms(Forms forms, Workspaces workspaces, MessageSource messages) {
        this.forms = forms;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** Another workspace's form and a made-up id get the same answer: nothing here. */
    Form find(Staff staff, UUID id) {
        return forms.find(staff.workspaceId(), id).orElseThrow(StaffForms::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Dates dates(Staff staff, Locale locale) {
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        try {
            return new Dates(ZoneId.of(zone), locale);
        } catch (DateTimeException e) {
            return new Dates(ZoneId.of("UTC"), locale);
        }
    }

    String defaultLanguage(Staff staff) {
        String l = workspaces.findById(staff.workspaceId()).map(w -> w.defaultLanguage()).orElse("en");
        return PetitionLimits.LANGUAGES.contains(l) ? l : "en";
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Problems in the reader's language, keyed by field. */
    Map<String, String> words(Map<String, PetitionLimits.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field, t(locale, "forms.error." + p.key(), p.limit())));
        return words;
    }

    static long pageNumber(String page) {
        try {
            long n = Long.parseLong(page.strip());
            return n < 1 || n > 1_000_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
