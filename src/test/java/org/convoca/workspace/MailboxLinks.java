package org.convoca.workspace;

import java.net.URI;
import org.convoca.support.WebSession;
import org.jsoup.nodes.Element;

/** Reads an emailed link the way a person would: on the development mailbox page, newest message first. */
final class MailboxLinks {

    private MailboxLinks() {
    }

    /** The path of the first link in the newest message whose subject contains {@code subject}. */
    static String linkIn(WebSession reader, String subject) {
        WebSession.Page list = reader.get("/admin/mailbox");
        Element row = list.html().select("table a").stream().filter(a -> a.text().contains(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("No message \"" + subject + "\" in: " + list.text()));
        WebSession.Page message = reader.get(URI.create(row.attr("abs:href")).getPath());
        Element link = message.html().selectFirst(".mail-links a");
        if (link == null) {
            throw new AssertionError("No link in: " + message.text());
        }
        return URI.create(link.attr("href")).getPath();
    }
}
