package org.convoca.actions.signon.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.web.Dates;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff letter pages share: finding a letter of the signed-in workspace, its time zone, wording. */
@Component
class StaffSignOnLetters {

    private final SignonLetters letters;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StaffSignOnLetters(SignonLetters letters, Workspaces workspaces, MessageSource messages) {
        this.letters = letters;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** Another workspace's letter and a made-up id get the same answer: nothing here. */
    SignonLetter find(Staff staff, UUID id) {
        return letters.find(staff.workspaceId(), id).orElseThrow(StaffSignOnLetters::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Workspace workspace(Staff staff) {
        return workspaces.findById(staff.workspaceId()).orElseThrow(StaffSignOnLetters::notFound);
    }

    ZoneId zone(Staff staff) {
        try {
            return ZoneId.of(workspace(staff).timeZone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneId.of("UTC");
        }
    }

    Dates dates(Staff staff, Locale locale) {
        return new Dates(zone(staff), locale);
    }

    String defaultLanguage(Staff staff) {
        String l = workspace(staff).defaultLanguage();
        return LetterLimits.LANGUAGES.contains(l) ? l : "en";
    }

    Map<String, String> translate(Map<String, LetterLimits.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field,
                messages.getMessage("signon.error." + p.key(), new Object[] {p.limit()}, p.key(), locale)));
        return words;
    }
}
