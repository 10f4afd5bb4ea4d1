package org.convoca.events.web;

import java.util.List;
import org.convoca.events.Event;
import org.convoca.events.EventText;

/**
 * What the public event page shows, in one language. {@code viewerTimes} is the span in the reader's own zone
 * when it was given and differs; {@code seatsLeft} is -1 when seats are unlimited; {@code recordingUrl} is empty
 * until staff publish one.
 */
public record EventPage(String workspaceName, String workspaceSlug, Event event, EventText text, String language,
        List<String> languages, String descriptionHtml, String when, String otherZones, String viewerTimes,
        String path, String url, String consent, List<CoHostBox> optIns, String seen, boolean embed, long seatsLeft, boolean open,
        boolean saveTheDate, boolean ended, String opens, String mapUrl, String recordingUrl) {

    public String formAction() {
        return path + (embed ? "/embed" : "") + "?lang=" + language;
    }

    public String in(String otherLanguage) {
        return path + (embed ? "/embed" : "") + "?lang=" + otherLanguage;
    }

    public boolean full() {
        return seatsLeft == 0;
    }

    public static String languageName(String language) {
        return "es".equals(language) ? "Español" : "English";
    }
}
