package org.convoca.events.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.Events;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff event pages share: finding an event of the signed-in workspace, its defaults, wording. */
@Component
class StaffEvents {

    private final Events events;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StaffEvents(Events events, Workspaces workspaces, MessageSource messages) {
        this.events = events;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** Another workspace's event and a made-up id get the same answer: nothing here. */
    Event find(Staff staff, UUID id) {
        return events.find(staff.workspaceId(), id).orElseThrow(StaffEvents::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Workspace workspace(Staff staff) {
        return workspaces.findById(staff.workspaceId()).orElseThrow(StaffEvents::notFound);
    }

    String zone(Staff staff) {
        String z = workspace(staff).timeZone();
        return EventLimits.isZone(z) ? z : "America/Chicago";
    }

    String language(Staff staff) {
        String l = workspace(staff).defaultLanguage();
        return EventLimits.LANGUAGES.contains(l) ? l : "en";
    }

    Map<String, String> translate(Map<String, Msg> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, m) -> words.put(field, messages.getMessage(m.key(), m.args().toArray(), m.key(),
                locale)));
        return words;
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
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
