package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.events.EventRelay;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The host's messages as a real SMTP relay (GreenMail) receives them: a plain-text and an HTML part, the
 * management link as a button, and whatever the host or staff typed escaped in the HTML.
 */
class HostMailHasAnHtmlPartTests extends EventRelay {

    static final String HOSTILE = "<script>alert('x')</script> & \"Vigil\" 🌙 عائشة";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;

    /** Offers an event in a new workspace's campaign as {@code to}, through the public form. */
    Offered offered(String workspace, String to, String lang, Map<String, String> changes) {
        var w = fixtures.workspace(workspace);
        Campaign c = HostOffers.campaign(campaigns, w);
        HostOffers.offer(new WebSession(port), HostOffers.campaignPath(w, c), lang, HostOffers.vigil(to, changes));
        return new Offered(fixtures.signIn(new WebSession(port), w, Role.ORGANIZER), c,
                hostings.of(c, Hosting.Status.PENDING, 10).getFirst());
    }

    /** An offer, its campaign, and an organizer of the campaign's workspace, signed in. */
    record Offered(WebSession staff, Campaign c, Hosting h) {
        String review(String what) {
            return "/admin/event-campaigns/" + c.id() + "/offers/" + h.eventId() + "/" + what;
        }
    }

    /** The message's text/plain and text/html parts, by type. */
    record Parts(String text, String html) {
        Document page() {
            return Jsoup.parse(html);
        }
    }

    @Test
    void receivedApprovedAndNewLinkMessagesCarryBothPartsAndAnEscapedTitle() throws Exception {
        String to = "host-" + System.nanoTime() + "@example.org";
        Offered o = offered("Relay hosts", to, "en", Map.of("language", "en", "title", HOSTILE,
                "given_name", "<b>Rosa</b>"));

        Parts received = parts(receivedBy(to, "We received your event"));
        assertThat(received.text()).contains("Hello <b>Rosa</b>,", HOSTILE);
        assertThat(received.html()).doesNotContain("<script>", "<b>Rosa")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Vigil&quot;");
        assertThat(received.page().body().text()).contains("Hello <b>Rosa</b>,", HOSTILE);
        assertThat(received.page().select("script, b")).isEmpty();

        String admin = "/admin/event-campaigns/" + o.c().id();
        o.staff().post(admin, o.review("approve"), Map.of());

        Parts approved = parts(receivedBy(to, "Your event is listed"));
        String link = approved.text().lines().filter(l -> l.contains("/event-hosts/")).findFirst().orElseThrow();
        var button = approved.page().selectFirst("a[href*=/event-hosts/]");
        assertThat(button.text()).isEqualTo("Manage your event");
        assertThat(button.attr("href")).isEqualTo(link.strip());
        assertThat(button.attr("style")).contains("display:inline-block");
        assertThat(approved.page().body().text()).contains(HOSTILE, "Keep this link to yourself");
        assertThat(approved.html()).doesNotContain("<script>");

        o.staff().post(admin, o.review("new-link"), Map.of());
        Parts renewed = parts(receivedBy(to, "A new link to manage your event"));
        assertThat(renewed.page().selectFirst("a[href*=/event-hosts/]").text()).isEqualTo("Manage your event");
        assertThat(renewed.page().selectFirst("a[href*=/event-hosts/]").attr("href")).isNotEqualTo(link.strip());
    }

    @Test
    void aDeclineInSpanishKeepsTheReasonsLinesAndEscapesItsMarkup() throws Exception {
        String to = "lee-" + System.nanoTime() + "@example.org";
        Offered o = offered("Relay declines", to, "es", Map.of("title", "Charla sobre derechos"));
        String admin = "/admin/event-campaigns/" + o.c().id();
        Map<String, String> reason = new LinkedHashMap<>();
        reason.put("reason", "Ya hay una charla ese día.\r\n<img src=x onerror=alert(1)> 'OR 1=1 --");
        o.staff().post(admin, o.review("decline"), reason);

        Parts declined = parts(receivedBy(to, "Su evento no se publicó"));
        assertThat(declined.text()).contains("Hola, Rosa:", "El motivo:", "<img src=x onerror=alert(1)>")
                .doesNotContain("/event-hosts/");
        assertThat(declined.html()).startsWith("<!DOCTYPE html><html lang=\"es\">")
                .contains("Ya hay una charla ese día.<br>&lt;img src=x onerror=alert(1)&gt; &#39;OR 1=1 --")
                .doesNotContain("<img", "/event-hosts/");
        assertThat(declined.page().select("img, a[href*=/event-hosts/]")).isEmpty();
    }

    private static Parts parts(MimeMessage mail) throws Exception {
        String[] found = new String[2];
        collect(mail, found);
        assertThat(found).as("a text/plain and a text/html part").doesNotContainNull();
        return new Parts(found[0], found[1]);
    }

    private static void collect(Part part, String[] found) throws Exception {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            found[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            found[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart m = (Multipart) part.getContent();
            for (int i = 0; i < m.getCount(); i++) {
                collect(m.getBodyPart(i), found);
            }
        }
    }
}
