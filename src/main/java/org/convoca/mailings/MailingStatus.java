package org.convoca.mailings;

import java.util.Locale;

/** Where a mailing is in its life. Only a draft can be edited; only a sending mailing is worked on. */
public enum MailingStatus {
    DRAFT, SCHEDULED, SENDING, PAUSED, SENT, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MailingStatus parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    public boolean editable() {
        return this == DRAFT;
    }

    public boolean finished() {
        return this == SENT || this == CANCELLED;
    }
}
