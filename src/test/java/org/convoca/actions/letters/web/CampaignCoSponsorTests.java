package org.convoca.actions.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.SentMail;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Targets;
import org.convoca.people.Activities;
import org.convoca.people.Consents;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Person;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class CampaignCoSponsorTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired People people;
    @Autowired Consents consents;
    @Autowired Activities activities;
    @Autowired SentMail mail;

    @Test
    void onlyWritersWhoTickACoSponsorsBoxAreCopiedToItAndTheLetterStillGoesOut() {
        var c = CampaignConfirmationTests.campaign(port, fixtures, targets, campaigns, "Cartas juntas",
                "senator.cosponsor@example.gov");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        String admin = "/admin/letters/" + c.id();
        c.staff().post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        c.staff().post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        assertThat(c.staff().post(admin, admin + "/cosponsors", Map.of("slug", "x".repeat(5000))).html()
                .selectFirst("#cosponsors .alert").text()).startsWith("There is no workspace named").hasSizeLessThan(200);
        assertThat(c.staff().post(admin, admin + "/cosponsors", Map.of("slug", c.w().workspace().slug())).text())
                .contains("cannot co-sponsor its letter campaign");

        String page = c.path() + "?postal_code=78701&region=TX";
        WebSession.Page form = new WebSession(port).get(page);
        assertThat(form.html().select("form.write-letter input[name=opt_in]")).hasSize(2);
        String churchBox = form.html().select("label.check:has(input[value=" + church.id() + "])").text();
        assertThat(churchBox).isEqualTo("Yes, Iglesia Unida may also contact me about its work.");

        Map<String, String> ticked = new HashMap<>(Map.of("given_name", "بشرى", "family_name", "O'Brien",
                "email", "bushra.cosponsor@example.org", "subject", "Vote yes", "message", "<script>x()</script>",
                "opt_in", church.id().toString()));
        assertThat(LetterPagesTests.send(new WebSession(port), page, ticked).url()).endsWith("/thanks?lang=en");
        assertThat(LetterPagesTests.send(new WebSession(port), page, Map.of("given_name", "Ana", "email",
                "ana.cosponsor@example.org", "subject", "Vote yes", "message", "Please")).url())
                .endsWith("/thanks?lang=en");

        Person copied = people.findByEmail(church.id(), "bushra.cosponsor@example.org").orElseThrow();
        assertThat(copied.givenName()).isEqualTo("بشرى");
        assertThat(copied.address().postalCode()).isEqualTo("78701");
        assertThat(consents.of(church.id(), copied.id())).singleElement()
                .satisfies(k -> assertThat(k.text()).isEqualTo(churchBox));
        assertThat(activities.timeline(church.id(), copied.id(), 5))
                .anyMatch(a -> a.summary().contains("co-sponsored letter campaign"));
        assertThat(people.count(church.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).as("nobody ticked its box").isZero();
        assertThat(mail.await("senator.cosponsor@example.gov", 2)).hasSize(2);
        assertThat(c.staff().get(admin).html().select("#cosponsors td.optins").eachText())
                .containsExactly("0", "1");
        WebSession partner = fixtures.signIn(new WebSession(port), church, Role.ADMIN);
        assertThat(partner.get(admin).status()).isEqualTo(404);
        assertThat(partner.get(admin + "/outreaches").status()).isEqualTo(404);
    }
}
