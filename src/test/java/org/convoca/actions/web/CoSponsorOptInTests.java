package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.CoSponsors;
import org.convoca.actions.Petition;
import org.convoca.actions.TestPetitions;
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
class CoSponsorOptInTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired CoSponsors coSponsors;
    @Autowired People people;
    @Autowired Consents consents;

    @Test
    void onlySignersWhoTickAPartnersBoxAreCopiedToThatPartnerWhoSeesCountsAndNoOneElse() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        Petition p = testPetitions.open(owner.id(), "coalition");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/petitions/" + p.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        WebSession.Page unknown = organizer.post(admin, admin + "/cosponsors", Map.of("slug", "<b>nope</b>"));
        assertThat(unknown.text()).contains("There is no workspace named \"<b>nope</b>\"");
        assertThat(organizer.get(admin).html().select("#cosponsors td").text()).contains("Centro Legal",
                "Iglesia Unida");

        String path = "/" + owner.workspace().slug() + "/petitions/coalition";
        WebSession.Page form = new WebSession(port).get(path);
        var boxes = form.html().select("input[name=opt_in]");
        assertThat(boxes).hasSize(2);
        String legalBoxText = form.html().select("label.check:has(input[value=" + legal.id() + "])").text();
        assertThat(legalBoxText).isEqualTo("Yes, Centro Legal may also contact me about its work.");

        Map<String, String> ticked = new HashMap<>(Map.of("given_name", "Rosa", "family_name", "Luna",
                "email", "rosa@example.org", "postal_code", "60608", "opt_in", legal.id().toString()));
        ticked.put("seen", form.html().selectFirst("input[name=seen]").val());
        assertThat(new WebSession(port).postRaw(path, ticked).url()).endsWith("/thanks?lang=en");
        Map<String, String> notTicked = new HashMap<>(Map.of("given_name", "Pedro", "email", "pedro@example.org"));
        notTicked.put("seen", form.html().selectFirst("input[name=seen]").val());
        assertThat(new WebSession(port).postRaw(path, notTicked).url()).endsWith("/thanks?lang=en");

        Person copied = people.findByEmail(legal.id(), "rosa@example.org").orElseThrow();
        assertThat(copied.givenName()).isEqualTo("Rosa");
        assertThat(copied.address().postalCode()).isEqualTo("60608");
        assertThat(consents.of(legal.id(), copied.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(legalBoxText));
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(people.count(church.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.count(owner.id(), PeopleQuery.ALL)).isEqualTo(2);

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        WebSession.Page sponsored = partner.get("/admin/petitions");
        assertThat(sponsored.html().select("#cosponsored tbody tr").text()).contains("Protect DACA recipients",
                "Red de Apoyo");
        assertThat(sponsored.html().select("#cosponsored td.optins").text()).isEqualTo("1");
        assertThat(partner.get(admin).status()).isEqualTo(404);
        assertThat(partner.get(admin + "/signatures").status()).isEqualTo(404);
        assertThat(partner.get(admin + "/signatures.csv").status()).isEqualTo(404);
        assertThat(partner.get("/admin/people").text()).contains("Rosa").doesNotContain("Pedro");
        assertThat(organizer.get(admin).html().select("#cosponsors tr:contains(Centro Legal) td").eachText())
                .contains("1");
    }

    @Test
    void aBoxForAWorkspaceThatIsNotACoSponsorCopiesNoOne() {
        var owner = fixtures.workspace("Owner");
        var stranger = fixtures.workspace("Stranger");
        testPetitions.open(owner.id(), "alone");
        String path = "/" + owner.workspace().slug() + "/petitions/alone";
        String seen = new WebSession(port).get(path).html().selectFirst("input[name=seen]").val();

        WebSession.Page signed = new WebSession(port).postRaw(path, Map.of("seen", seen, "given_name", "Eve",
                "email", "eve@example.org", "opt_in", stranger.id().toString()));

        assertThat(signed.url()).endsWith("/thanks?lang=en");
        assertThat(people.count(stranger.id(), PeopleQuery.ALL)).isZero();
    }
}
