package org.convoca.actions.forms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.forms.web.PublicFormTests.field;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.TestForms;
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
class FormCoSponsorTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestForms testForms;
    @Autowired People people;
    @Autowired Consents consents;

    static Map<String, String> answers(Form f, String seen, String email) {
        Map<String, String> all = new HashMap<>(Map.of("seen", seen, "given_name", "Zoë 🌻", "family_name", "אברהם",
                "email", email, field(f, 0), "San José", field(f, 2), "Sí"));
        return all;
    }

    @Test
    void onlyPeopleWhoTickACoSponsorsBoxAreCopiedToItWithTheBoxTheySawAsTheirConsent() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        var stranger = fixtures.workspace("Nadie");
        Form f = testForms.survey(owner.id(), "encuesta");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/forms/" + f.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", " " + church.workspace().slug().toUpperCase()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        assertThat(organizer.post(admin, admin + "/cosponsors", Map.of("slug", "<b>nope</b>\r\n'--")).html()
                .selectFirst("#cosponsors .alert").text()).isEqualTo("There is no workspace named \"<b>nope</b> '--\".");
        assertThat(organizer.post(admin, admin + "/cosponsors", Map.of("slug", owner.workspace().slug())).text())
                .contains("cannot co-sponsor its form");

        String path = "/" + owner.workspace().slug() + "/forms/encuesta";
        WebSession.Page page = new WebSession(port).get(path + "?lang=es");
        assertThat(page.html().select("input[name=opt_in]")).hasSize(2);
        String legalBox = page.html().select("label.check:has(input[value=" + legal.id() + "])").text();
        assertThat(legalBox).isEqualTo("Sí, Centro Legal también puede contactarme sobre su trabajo.");
        String seen = page.html().selectFirst("input[name=seen]").val();

        Map<String, String> ticked = answers(f, seen, "Zoe.Opt@Example.org");
        ticked.put("opt_in", legal.id().toString());
        assertThat(new WebSession(port).postRaw(path + "?lang=es", ticked).url()).endsWith("/thanks?lang=es");
        assertThat(new WebSession(port).postRaw(path + "?lang=es", answers(f, seen, "quiet.opt@example.org")).url())
                .endsWith("/thanks?lang=es");
        Map<String, String> madeUp = answers(f, seen, "sneaky.opt@example.org");
        madeUp.put("opt_in", stranger.id().toString());
        assertThat(new WebSession(port).postRaw(path + "?lang=es", madeUp).url()).endsWith("/thanks?lang=es");
        Map<String, String> stale = answers(f, "something else", "stale.opt@example.org");
        stale.put("opt_in", legal.id().toString());
        assertThat(new WebSession(port).postRaw(path + "?lang=es", stale).url()).doesNotContain("/thanks");

        Person copied = people.findByEmail(legal.id(), "zoe.opt@example.org").orElseThrow();
        assertThat(copied.givenName()).isEqualTo("Zoë 🌻");
        assertThat(copied.familyName()).isEqualTo("אברהם");
        assertThat(consents.of(legal.id(), copied.id())).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo(legalBox));
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).as("nobody who did not tick").isEqualTo(1);
        assertThat(people.count(church.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.count(stranger.id(), PeopleQuery.ALL)).isZero();
        assertThat(people.findByEmail(owner.id(), "stale.opt@example.org")).isEmpty();

        WebSession.Page show = organizer.get(admin);
        assertThat(show.html().select("#cosponsors tr:contains(Centro Legal) td.optins").text()).isEqualTo("1");
        assertThat(show.html().select("#cosponsors tr:contains(Iglesia Unida) td.optins").text()).isEqualTo("0");
        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ADMIN);
        assertThat(partner.get(admin).status()).isEqualTo(404);
        assertThat(partner.get(admin + "/submissions").status()).isEqualTo(404);
        assertThat(partner.post("/admin/people", admin + "/cosponsors/" + church.id() + "/remove", Map.of()).status())
                .isEqualTo(404);

        organizer.post(admin, admin + "/cosponsors/" + church.id() + "/remove", Map.of());
        assertThat(new WebSession(port).get(path).html().select("input[name=opt_in]")).hasSize(1);
        WebSession viewer = fixtures.signIn(new WebSession(port), owner, Role.VIEWER);
        assertThat(viewer.post(admin, admin + "/cosponsors/" + legal.id() + "/remove", Map.of()).status())
                .isEqualTo(403);
        assertThat(organizer.get(admin).html().select("#cosponsors td.optins").eachText()).containsExactly("1");
    }
}
