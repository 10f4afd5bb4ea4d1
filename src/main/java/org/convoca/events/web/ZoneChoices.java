package org.convoca.events.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.convoca.events.EventTimes;

/** The zones the staff form offers: the ones these organizations' people live in, the workspace's own first. */
public final class ZoneChoices {

    /** A zone as the picker shows it: "America/Chicago (CT, now UTC−6)". */
    public record Choice(String id, String label) {
    }

    static final List<String> COMMON = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
            "America/Mexico_City", "America/Tijuana", "America/Guatemala", "America/El_Salvador",
            "America/Tegucigalpa", "America/Managua", "America/Costa_Rica", "America/Panama", "America/Bogota",
            "America/Lima", "America/Caracas", "America/Santo_Domingo", "America/Havana", "America/Port-au-Prince",
            "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "Europe/London", "Europe/Madrid", "UTC");

    private ZoneChoices() {
    }

    /** The common zones, with {@code also} (the workspace's or the event's, if another) at the top. */
    public static List<Choice> with(String... also) {
        List<String> ids = new ArrayList<>();
        for (String a : also) {
            if (a != null && !a.isEmpty() && !ids.contains(a) && org.convoca.events.EventLimits.isZone(a)) {
                ids.add(a);
            }
        }
        COMMON.stream().filter(z -> !ids.contains(z)).forEach(ids::add);
        Instant now = Instant.now();
        return ids.stream().map(id -> new Choice(id, id.replace('_', ' ') + " ("
                + EventTimes.generic(now.atZone(ZoneId.of(id))) + ")")).toList();
    }
}
