package org.convoca.mailings.web;

import java.util.List;
import org.convoca.people.PersonList;

/** What the unsubscribe and preference pages show their reader. */
public record ReaderPage(String unsubscribeAction, String preferencesAction, String workspaceName, String maskedEmail, String status, String language,
        List<PersonList> lists, boolean justUnsubscribed, boolean saved) {

    public boolean subscribed() {
        return status.equals("subscribed");
    }
}
