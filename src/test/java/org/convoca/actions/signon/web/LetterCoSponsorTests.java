package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;

import java.util.Map;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.TestLetters;
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
class LetterCoSponsorTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired People people;
    @Autowired Consents consents;

    @Test
    void onlySignersWhoTickACoSponsorsBoxAreCopiedToItWithTheBoxAsTheirConsent() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        SignonLetter letter = testLetters.open(owner.id(), "coalition");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        assertThat(organizer.post(admin, admin + "/cosponsors", Map.of("slug", "<b>nope</b>")).text())
                .contains("There is no workspace named \"<b>nope</b>\"");
        assertThat(organizer.post(admin, admin + "/cosponsors", Map.of("slug", owner.workspace().slug())).text())
                .contains("cannot co-sponsor its letter");

        String path = "/" + owner.workspace().slug() + "/sign-on/coalition";
        WebSession.Page form = new WebSession(port).get(path);
        assertThat(form.html().select("input[name=opt_in]")).hasSize(2);
        String legalBox = form.html().select("label.check:has(input[value=" + legal.id() + "])").text();
        assertThat(legalBox).isEqualTo("Yes, Centro Legal may also contact me about its work.");
        String seen = form.html().selectFirst("input[name=seen]").val();

        Map<String, String> ticked = organization("Casa Rosa", "rosa@example.org");
        ticked.put("seen", seen);
        ticked.put("opt_in", legal.id().toString());
        assertThat(new WebSession(port).postRaw(path + "?lang=en", ticked).url()).endsWith("/thanks?lang=en");
        Map<String, String> notTicked = organization("Casa Pedro", "pedro@example.org");
        notTicked.put("seen", seen);
        assertThat(new WebSession(port).postRaw(path + "?lang=en", notTicked).url()).endsWith("/thanks?lang=en");
        Map<String, String> stale = organization("Casa Vieja", "old@example.org");
        stale.put("seen", "something else");
        assertThat(new WebSession(port).postRaw(path + "?lang=en", stale).status()).isEqualTo(409);

        Person copied = people.findByEmail(legal.id(), "rosa@example.org").orElseThrow();
        assertThat(consents.of(legal.id(), copied.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(legalBox));
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).isEqualTo(1);
        assertThat(people.count(church.id(), PeopleQuery.ALL)).isZero();
        assertThat(organizer.get(admin).html().select("#cosponsors tr:contains(Centro Legal) td.optins").text())
                .isEqualTo("1");
        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        assertThat(partner.get(admin).status()).isEqualTo(404);
        assertThat(partner.get(admin + "/signatures").status()).isEqualTo(404);
    }
}
