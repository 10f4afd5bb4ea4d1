package org.convoca.events;

/** An event's words in one language; the description is Markdown, sanitized when shown. */
public record EventText(String language, String title, String description, String imageAlt) {

    public EventText {
        title = EventLimits.clean(title);
        description = EventLimits.cleanBlock(description);
        imageAlt = EventLimits.clean(imageAlt);
    }
}
