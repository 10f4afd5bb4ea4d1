package org.convoca.events.web;

import java.nio.charset.StandardCharsets;
import org.convoca.events.CalendarFile;
import org.convoca.events.Event;
import org.convoca.events.EventText;
import org.convoca.shared.web.SafeMarkdown;
import org.springframework.http.MediaType;

/** Public calendar entries: what anyone may see, so an address but never a join link. */
final class Feeds {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private Feeds() {
    }

    static CalendarFile.Entry entry(Event e, EventText text, String url) {
        String description = SafeMarkdown.text(text.description());
        return new CalendarFile.Entry(e, text.title(), description.isEmpty() ? url : description + "\n\n" + url,
                e.address().isEmpty() ? "Online" : e.address(), url, null, null, null);
    }
}
