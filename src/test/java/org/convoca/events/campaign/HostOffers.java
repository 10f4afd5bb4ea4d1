package org.convoca.events.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.events.EventInbox;
import org.convoca.mail.CapturedMail;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;

/** A supporter's offer to host, sent through the public form as a browser would send it. */
final class HostOffers {

    private HostOffers() {
    }

    static String campaignPath(Fixtures.TestWorkspace w, Campaign c) {
        return "/" + w.workspace().slug() + "/event-campaigns/" + c.slug();
    }

    static Campaign campaign(Campaigns campaigns, Fixtures.TestWorkspace w) {
        return campaigns.create(w.id(), "day-of-action", "en", Map.of(
                "en", new Campaign.Text("en", "Day of Action for Dignity", "Join us."),
                "es", new Campaign.Text("es", "Día de acción por la dignidad", "Únase.")));
    }

    /** An in-person vigil in Chicago a month from now; {@code changes} replace or add fields. */
    static Map<String, String> vigil(String email, Map<String, String> changes) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("given_name", "Rosa");
        f.put("family_name", "Martínez");
        f.put("email", email);
        f.put("phone", "+1 312 555 0101");
        f.put("language", "es");
        f.put("title", "Vigilia en Pilsen");
        f.put("description", "Traigan **velas**.");
        f.put("start_date", LocalDate.now().plusDays(30).toString());
        f.put("start_time", "18:00");
        f.put("end_date", "");
        f.put("end_time", "20:00");
        f.put("time_zone", "America/Chicago");
        f.put("kind", "in-person");
        f.put("address", "1800 S Blue Island Ave");
        f.put("locality", "Chicago");
        f.put("region", "Illinois");
        f.put("postal_code", "60608");
        f.put("capacity", "40");
        f.put("website", "");
        f.putAll(changes);
        return f;
    }

    /** Offers the event as {@code email}, has an organizer approve it, and returns the host's link as a path. */
    static String approved(int port, Fixtures fixtures, Hostings hostings, EventInbox inbox, Fixtures.TestWorkspace w,
            Campaign c, String email, String title) {
        offer(new WebSession(port), campaignPath(w, c), "en", vigil(email,
                Map.of("language", "en", "title", title, "given_name", "Host")));
        Hosting h = hostings.of(c, Hosting.Status.PENDING, 10).getFirst();
        WebSession staff = fixtures.signIn(new WebSession(port), w, Role.ORGANIZER);
        String admin = "/admin/event-campaigns/" + c.id();
        staff.post(admin, admin + "/offers/" + h.eventId() + "/approve", Map.of());
        return linkIn(w, inbox.await(w.id(), email, "Your event is listed: " + title));
    }

    /** The management link in a message's plain text, as a path. */
    static String linkIn(Fixtures.TestWorkspace w, CapturedMail mail) {
        String line = mail.textBody().lines().filter(l -> l.contains("/event-hosts/")).findFirst().orElseThrow();
        return line.substring(line.indexOf("/" + w.workspace().slug() + "/event-hosts/")).strip();
    }

    static WebSession.Page offer(WebSession browser, String campaignPath, String lang, Map<String, String> fields) {
        WebSession.Page form = browser.get(campaignPath + "/host?lang=" + lang);
        return browser.postRaw(form.html().selectFirst("form.host").attr("action"), fields);
    }
}
