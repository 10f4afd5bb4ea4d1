package org.convoca.events;

/** The messages an event sends, each with the calendar method its file carries, if it has one. */
enum MailKind {
    REGISTERED("REQUEST"),
    WAITLISTED(null),
    PROMOTED("REQUEST"),
    LEFT("CANCEL"),
    CHANGED("REQUEST"),
    CANCELLED("CANCEL"),
    POSTPONED(null),
    REMINDER("REQUEST"),
    OPENS(null);

    private final String method;

    MailKind(String method) {
        this.method = method;
    }

    /** The iCalendar METHOD of the attached file, or null when the message carries none. */
    String method() {
        return method;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
