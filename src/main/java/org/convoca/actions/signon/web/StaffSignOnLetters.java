package org.convoca.actions.signon.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.web.StaffPages;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the staff letter pages share: finding a letter of the signed-in workspace, its problems in words, and what
 * every action's pages do.
 */
@Component
class StaffSignOnLetters extends StaffPages {

    private final SignonLetters letters;

    StaffSignOnLetters(SignonLetters letters, Workspaces workspaces, MessageSource messages) {
        super(workspaces, messages, "signon");
        this.letters = letters;
    }

    /** Another workspace's letter and a made-up id get the same answer: nothing here. */
    SignonLetter find(Staff staff, UUID id) {
        return letters.find(staff.workspaceId(), id).orElseThrow(StaffSignOnLetters::notFound);
    }

    Map<String, String> translate(Map<String, LetterLimits.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field, t(locale, "signon.error." + p.key(), p.limit())));
        return words;
    }
}
