package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The host's messages as a real SMTP relay (GreenMail) receives them: a plain-text and an HTML part, the
 * management link as a button, and whatever the host or staff typed escaped in the HTML. The context is used by
 * this class alone, so it is closed after it and keeps a small pool.
 */
@ConvocaTest
@TestPropertySource(properties = {"convoca.test.context=host-smtp", "convoca.smtp.host=127.0.0.1",
        "convoca.smtp.username=convoca", "convoca.smtp.password=relay secret",
        "convoca.mail.from=convoca@relay.example.org", "spring.datasource.hikari.maximum-pool-size=5"})
@DirtiesContext
class HostMailHasAnHtmlPartTests {

    @RegisterExtension
    static final GreenMailExtension RELAY = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("convoca", "relay secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void relayPort(DynamicPropertyRegistry registry) {
        registry.add("convoca.smtp.port", () -> RELAY.getSmtp().getPort());
    }

    static final String HOSTILE = "<script>alert('x')</script> & \"Vigil\" 🌙 عائشة";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;

    /** The message's text/plain and text/html parts, by type. */
    record Parts(String text, String html) {
        Document page() {
            return Jsoup.parse(html);
        }
    }

    @Test
    void receivedApprovedAndNewLinkMessagesCarryBothPartsAndAnEscapedTitle() throws Exception {
        var w = fixtures.workspace("Relay hosts");
        Campaign c = HostOffers.campaign(campaigns, w);
        String to = "host-" + System.nanoTime() + "@example.org";
        HostOffers.offer(new WebSession(port), HostOffers.campaignPath(w, c), "en", HostOffers.vigil(to,
                Map.of("language", "en", "title", HOSTILE, "given_name", "<b>Rosa</b>")));

        Parts received = parts(receivedBy(to, "We received your event"));
        assertThat(received.text()).contains("Hello <b>Rosa</b>,", HOSTILE);
        assertThat(received.html()).doesNotContain("<script>", "<b>Rosa")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Vigil&quot;");
        assertThat(received.page().body().text()).contains("Hello <b>Rosa</b>,", HOSTILE);
        assertThat(received.page().select("script, b")).isEmpty();

        Hosting h = hostings.of(c, Hosting.Status.PENDING, 10).getFirst();
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        staff.post(admin, admin + "/offers/" + h.eventId() + "/approve", Map.of());

        Parts approved = parts(receivedBy(to, "Your event is listed"));
        String link = approved.text().lines().filter(l -> l.contains("/event-hosts/")).findFirst().orElseThrow();
        var button = approved.page().selectFirst("a[href*=/event-hosts/]");
        assertThat(button.text()).isEqualTo("Manage your event");
        assertThat(button.attr("href")).isEqualTo(link.strip());
        assertThat(button.attr("style")).contains("display:inline-block");
        assertThat(approved.page().body().text()).contains(HOSTILE, "Keep this link to yourself");
        assertThat(approved.html()).doesNotContain("<script>");

        staff.post(admin, admin + "/offers/" + h.eventId() + "/new-link", Map.of());
        Parts renewed = parts(receivedBy(to, "A new link to manage your event"));
        assertThat(renewed.page().selectFirst("a[href*=/event-hosts/]").text()).isEqualTo("Manage your event");
        assertThat(renewed.page().selectFirst("a[href*=/event-hosts/]").attr("href")).isNotEqualTo(link.strip());
    }

    @Test
    void aDeclineInSpanishKeepsTheReasonsLinesAndEscapesItsMarkup() throws Exception {
        var w = fixtures.workspace("Relay declines");
        Campaign c = HostOffers.campaign(campaigns, w);
        String to = "lee-" + System.nanoTime() + "@example.org";
        HostOffers.offer(new WebSession(port), HostOffers.campaignPath(w, c), "es", HostOffers.vigil(to,
                Map.of("title", "Charla sobre derechos")));
        Hosting h = hostings.of(c, Hosting.Status.PENDING, 10).getFirst();
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        Map<String, String> reason = new LinkedHashMap<>();
        reason.put("reason", "Ya hay una charla ese día.\r\n<img src=x onerror=alert(1)> 'OR 1=1 --");
        staff.post(admin, admin + "/offers/" + h.eventId() + "/decline", reason);

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

    private static MimeMessage receivedBy(String to, String subject) throws Exception {
        for (long deadline = System.currentTimeMillis() + 15_000; System.currentTimeMillis() < deadline;
                Thread.sleep(100)) {
            var mail = Arrays.stream(RELAY.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subject);
                } catch (jakarta.mail.MessagingException x) {
                    throw new AssertionError(x);
                }
            }).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
        }
        throw new AssertionError("The relay received no \"" + subject + "\" for " + to);
    }
}
