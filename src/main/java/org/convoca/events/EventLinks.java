package org.convoca.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.convoca.workspace.Workspace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for event mail and calendars, from {@code convoca.base-url}. */
@Component
public class EventLinks {

    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String base;

    EventLinks(@Value("${convoca.base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static String path(Workspace w, Event e) {
        return "/" + w.slug() + "/events/" + e.slug();
    }

    /** This installation's address of a path such as {@code /unidos/events/march}. */
    public String absolute(String path) {
        return base + path;
    }

    public String page(Workspace w, Event e) {
        return base + path(w, e);
    }

    public String cancel(Workspace w, Event e, Registration r) {
        return page(w, e) + "/cancel?token=" + r.cancelToken();
    }

    /** Google Calendar's "add event" page, filled in; times in UTC, shown in the zone given. */
    public static String google(Event e, String title, String details, String location) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + enc(title) + "&dates="
                + GOOGLE.format(e.startsAt()) + "/" + GOOGLE.format(e.endsAt()) + "&ctz=" + enc(e.timeZone())
                + "&details=" + enc(details) + "&location=" + enc(location);
    }

    /** Outlook on the web's "new event" page, filled in. */
    public static String outlook(Event e, String title, String details, String location) {
        return "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=" + enc(title)
                + "&startdt=" + enc(OUTLOOK.format(e.startsAt())) + "&enddt=" + enc(OUTLOOK.format(e.endsAt()))
                + "&body=" + enc(details) + "&location=" + enc(location);
    }

    /** A map search for the address on OpenStreetMap: a plain link, nothing embedded, nothing loaded until clicked. */
    public static String map(String address) {
        return "https://www.openstreetmap.org/search?query=" + enc(address.replace('\n', ' '));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Instant now() {
        return Instant.now();
    }
}
