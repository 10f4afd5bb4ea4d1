package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.convoca.actions.ActionCoSponsors;
import org.convoca.actions.PetitionLimits;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The opt-in boxes of a form's or a letter campaign's co-sponsors: what the page shows and what was ticked. */
@Component
public class OptInBoxes {

    /** More boxes than any action has co-sponsors; further values are not read. */
    private static final int MAX_TICKED = 50;

    private final ActionCoSponsors coSponsors;
    private final MessageSource messages;

    OptInBoxes(ActionCoSponsors coSponsors, MessageSource messages) {
        this.coSponsors = coSponsors;
        this.messages = messages;
    }

    /** One box per co-sponsor, in the page's language. */
    public List<OptInBox> of(UUID workspaceId, UUID actionId, String language) {
        return coSponsors.of(workspaceId, actionId).stream().map(c -> new OptInBox(c.workspaceId().toString(),
                messages.getMessage("actions.sign.opt-in", new Object[] {PetitionLimits.clean(c.name())},
                        Locale.forLanguageTag(language)))).toList();
    }

    /** The boxes' words, for the fingerprint of what a form showed. */
    public static List<String> shown(List<OptInBox> boxes) {
        return boxes.stream().map(b -> "opt-in " + b.partnerId() + " " + b.text()).toList();
    }

    /** The values of the ticked boxes as sent, however many were sent. */
    public static Set<String> read(HttpServletRequest in) {
        String[] values = in.getParameterValues("opt_in");
        Set<String> ticked = new LinkedHashSet<>();
        for (int i = 0; values != null && i < values.length && i < MAX_TICKED; i++) {
            ticked.add(values[i]);
        }
        return Collections.unmodifiableSet(ticked);
    }

    /** The partners whose box on the page was ticked, with the box's words; a value naming no box is ignored. */
    public static Map<UUID, String> chosen(List<OptInBox> boxes, Set<String> ticked) {
        Map<UUID, String> chosen = new LinkedHashMap<>();
        boxes.stream().filter(b -> ticked.contains(b.partnerId()))
                .forEach(b -> chosen.put(UUID.fromString(b.partnerId()), b.text()));
        return chosen;
    }
}
