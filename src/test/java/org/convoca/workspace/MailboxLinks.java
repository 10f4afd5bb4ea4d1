package org.convoca.workspace;

import java.net.URI;
import org.convoca.support.WebSession;
import org.jsoup.nodes.Element;

/** Reads an emailed link the way a person would: on the development mailbox page, newest message first. */
final class MailboxLinks {

    private MailboxLinks() {
    }

    /**
     * The path of the first link in the newest message whose subject contains {@code subject}, waiting a few
     * seconds for it as a person would reload the page: some messages are sent by a queued task.
     */
    static String linkIn(WebSession reader, String subject) {
        long deadline = System.currentTimeMillis() + 10_000;
        WebSession.Page list = reader.get("/admin/mailbox");
        while (row(list, subject) == null && System.currentTimeMillis() < deadline) {
            pause();
            list = reader.get("/admin/mailbox");
        }
        Element row = row(list, subject);
        if (row == null) {
            throw new AssertionError("No message \"" + subject + "\" in: " + list.text());
        }
        WebSession.Page message = reader.get(URI.create(row.attr("abs:href")).getPath());
        Element link = message.html().selectFirst(".mail-links a");
        if (link == null) {
            throw new AssertionError("No link in: " + message.text());
        }
        return URI.create(link.attr("href")).getPath();
    }

    private static Element row(WebSession.Page list, String subject) {
        return list.html().select("table a").stream().filter(a -> a.text().contains(subject)).findFirst()
                .orElse(null);
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
