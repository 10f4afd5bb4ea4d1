package org.convoca.people.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the people pages need to know about the signed-in staff member's workspace, and how they answer "no". */
@Component
class WorkspaceContext {

    private final Workspaces workspaces;
    private final MessageSource messages;

    WorkspaceContext(Workspaces workspaces, MessageSource messages) {
        this.workspaces = workspaces;
        this.messages = messages;
    }

    Dates dates(Staff staff, Locale locale) {
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        try {
            return new Dates(ZoneId.of(zone), locale);
        } catch (DateTimeException e) {
            return new Dates(ZoneId.of("UTC"), locale);
        }
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * A problem the domain described in English, in the reader's language: Spanish has one sentence per field
     * under {@code prefix + field}; English has none there and keeps the domain's more precise sentence.
     */
    String problem(Locale locale, String prefix, String field, String english) {
        return messages.getMessage(prefix + field, null, english, locale);
    }

    /** Ids of another workspace's records, and made-up ones, get the same answer: nothing here. */
    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
