package org.convoca.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Events for tests, made through the application's own services. */
@Component
public class TestEvents {

    private final Organizing organizing;

    TestEvents(Organizing organizing) {
        this.organizing = organizing;
    }

    /**
     * A virtual webinar in English and Spanish, one hour at noon Chicago time on the day {@code in} from now, or,
     * when that is under two days, exactly {@code in} from now.
     */
    public static Event webinar(String slug, Duration in, int capacity) {
        Instant start = in.toDays() < 2 ? Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS)
                : Instant.now().plus(in).atZone(java.time.ZoneId.of("America/Chicago")).toLocalDate()
                        .atTime(12, 0).atZone(java.time.ZoneId.of("America/Chicago")).toInstant();
        return draft(slug, start, start.plus(Duration.ofHours(1)), "America/Chicago", capacity,
                "https://meet.example.org/abc-123", "");
    }

    public static Event draft(String slug, Instant start, Instant end, String zone, int capacity, String joinUrl,
            String address) {
        return new Event(null, null, slug, EventStatus.SCHEDULED, Visibility.PUBLIC, "en", start, end, zone,
                List.of(), joinUrl, address, capacity, null, Event.DEFAULT_REMINDERS, 0, false,
                Map.of("en", new EventText("en", "Know your rights", "We cover **your rights** at work.", ""),
                        "es", new EventText("es", "Conozca sus derechos", "Hablamos de **sus derechos**.", "")),
                List.of(new Question(1, false, Map.of("en", "What would you like to ask?",
                        "es", "¿Qué le gustaría preguntar?"))), null, null);
    }

    public Event create(UUID workspaceId, Event draft) {
        return organizing.create(workspaceId, draft);
    }
}
