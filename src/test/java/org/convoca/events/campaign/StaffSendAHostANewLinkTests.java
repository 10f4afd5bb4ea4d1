package org.convoca.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convoca.events.Event;
import org.convoca.events.EventInbox;
import org.convoca.events.Events;
import org.convoca.mail.CapturedMail;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A host lost their email: an organizer sends a new management link, and the old one stops opening the event. */
@ConvocaTest
class StaffSendAHostANewLinkTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Campaigns campaigns;
    @Autowired Hostings hostings;
    @Autowired Events events;
    @Autowired EventInbox inbox;

    Event eventOf(Fixtures.TestWorkspace w, String title) {
        return events.newest(w.id(), 0, 50).stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    List<CapturedMail> newLinks(Fixtures.TestWorkspace w, String email, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<CapturedMail> found = List.of();
        while (found.size() < expected && System.currentTimeMillis() < deadline) {
            found = inbox.to(w.id(), email).stream()
                    .filter(m -> m.subject().startsWith("A new link to manage your event")).toList();
            Thread.sleep(100);
        }
        assertThat(found).hasSize(expected);
        return found;
    }

    @Test
    void aNewLinkFromTheEventPageOrTheCampaignPageReplacesTheOldOne() throws InterruptedException {
        var w = fixtures.workspace("New links org");
        Campaign c = HostOffers.campaign(campaigns, w);
        String first = HostOffers.approved(port, fixtures, hostings, inbox, w, c, "lost@example.org",
                "Vigil <script>alert(1)</script> 🌙");
        Event e = eventOf(w, "Vigil <script>alert(1)</script> 🌙");
        WebSession host = new WebSession(port);
        assertThat(host.get(first).status()).isEqualTo(200);

        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String eventPage = "/admin/events/" + e.id();
        var button = staff.get(eventPage).html().selectFirst("form.new-link");
        assertThat(button.text()).contains("Send a new link to the host");
        WebSession.Page sent = staff.post(eventPage, button.attr("action"), Map.of("back", "event"));
        assertThat(sent.url()).endsWith(eventPage + "?done=link-sent");
        assertThat(sent.html().getElementById("done").text()).contains("A new link is on its way to the host");

        CapturedMail mail = newLinks(w, "lost@example.org", 1).getFirst();
        assertThat(mail.textBody()).contains("Hello Host,", "The link we emailed you before no longer works.");
        String second = HostOffers.linkIn(w, mail);
        assertThat(second).isNotEqualTo(first);
        assertThat(host.get(first).status()).isEqualTo(404);
        assertThat(host.get(first).html().getElementById("missing").text()).isEqualTo("This link is not valid");
        assertThat(host.get(second).status()).isEqualTo(200);
        assertThat(host.get(second).html().selectFirst("h1").text()).isEqualTo("Vigil <script>alert(1)</script> 🌙");

        String admin = "/admin/event-campaigns/" + c.id();
        var row = staff.get(admin).html().selectFirst("#joined form.new-link");
        assertThat(row.text()).isEqualTo("Send a new link to the host");
        WebSession.Page again = staff.post(admin, row.attr("action"), Map.of());
        assertThat(again.html().getElementById("done").text()).contains("The link sent before no longer works.");
        String third = HostOffers.linkIn(w, newLinks(w, "lost@example.org", 2).get(1));
        assertThat(host.get(second).status()).isEqualTo(404);
        assertThat(host.get(third).status()).isEqualTo(200);
    }

    @Test
    void onlyTheCampaignsOrganizersCanSendANewLinkAndOnlyForAnApprovedOffer() {
        var w = fixtures.workspace("Link guard org");
        Campaign c = HostOffers.campaign(campaigns, w);
        String link = HostOffers.approved(port, fixtures, hostings, inbox, w, c, "kept@example.org", "Kept vigil");
        Event e = eventOf(w, "Kept vigil");
        String admin = "/admin/event-campaigns/" + c.id();
        String action = admin + "/offers/" + e.id() + "/new-link";

        WebSession viewer = fixtures.signIn(new WebSession(port), w, Role.VIEWER);
        assertThat(viewer.get(admin).html().select("form.new-link")).isEmpty();
        assertThat(viewer.get("/admin/events/" + e.id()).html().select("form.new-link")).isEmpty();
        assertThat(viewer.post(admin, action, Map.of()).status()).isEqualTo(403);

        var partner = fixtures.workspace("Link guard partner");
        campaigns.invite(c, partner.id());
        WebSession partnerStaff = fixtures.signIn(new WebSession(port), partner, Role.OWNER);
        assertThat(partnerStaff.get(admin).html().select("form.new-link")).isEmpty();
        assertThat(partnerStaff.post(admin, action, Map.of()).status()).isEqualTo(404);

        HostOffers.offer(new WebSession(port), HostOffers.campaignPath(w, c), "en", HostOffers.vigil(
                "pending@example.org", Map.of("language", "en", "title", "Pending vigil")));
        Event pending = eventOf(w, "Pending vigil");
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        assertThat(staff.get("/admin/events/" + pending.id()).html().select("form.new-link")).isEmpty();
        assertThat(staff.post(admin, admin + "/offers/" + pending.id() + "/new-link", Map.of()).status())
                .isEqualTo(404);
        for (String bad : List.of("not-a-uuid", "%3Cscript%3E", "00000000-0000-0000-0000-000000000000")) {
            assertThat(staff.post(admin, admin + "/offers/" + bad + "/new-link", Map.of()).status()).as(bad)
                    .isIn(400, 404);
        }

        assertThat(new WebSession(port).get(link).status()).as("nothing changed the host's link").isEqualTo(200);
        assertThat(inbox.to(w.id(), "kept@example.org")).extracting(CapturedMail::subject)
                .noneMatch(s -> s.startsWith("A new link"));
    }
}
