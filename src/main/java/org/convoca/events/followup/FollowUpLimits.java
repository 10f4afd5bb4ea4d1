package org.convoca.events.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.events.EventLimits;

/** What a follow-up may hold: a subject on one line and a Markdown body, both bounded, per language. */
public final class FollowUpLimits {

    public static final int SUBJECT = 200;
    public static final int BODY = 20_000;

    private FollowUpLimits() {
    }

    /**
     * The texts staff typed, in each language where they wrote anything; problems by field ({@code subject_es}...)
     * as message keys. The event's main language must have both a subject and a body.
     */
    public static Map<String, FollowUp.Text> texts(Map<String, String> input, String mainLanguage,
            Map<String, String> problems) {
        Map<String, FollowUp.Text> texts = new LinkedHashMap<>();
        for (String language : EventLimits.LANGUAGES) {
            String subject = EventLimits.clean(input.get("subject_" + language));
            String body = EventLimits.cleanBlock(input.get("body_" + language));
            if (subject.length() > SUBJECT) {
                problems.put("subject_" + language, "events.followup.error.subject-long");
            }
            if (body.length() > BODY) {
                problems.put("body_" + language, "events.followup.error.body-long");
            }
            boolean main = language.equals(mainLanguage);
            if ((main || !body.isEmpty()) && subject.isEmpty()) {
                problems.put("subject_" + language, "events.followup.error.subject-required");
            }
            if ((main || !subject.isEmpty()) && body.isEmpty()) {
                problems.put("body_" + language, "events.followup.error.body-required");
            }
            if (!subject.isEmpty() || !body.isEmpty()) {
                texts.put(language, new FollowUp.Text(language, subject, body));
            }
        }
        return problems.isEmpty() ? texts : Map.of();
    }
}
