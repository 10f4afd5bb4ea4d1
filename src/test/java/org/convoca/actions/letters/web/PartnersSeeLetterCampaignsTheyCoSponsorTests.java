package org.convoca.actions.letters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.Targets;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class PartnersSeeLetterCampaignsTheyCoSponsorTests {

    static final String DRAFT_TITLE = "Plan <script>alert('x')</script> «borrador» 🌻";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Targets targets;
    @Autowired LetterCampaigns campaigns;
    @Autowired People people;

    private WebSession.Page write(CampaignConfirmationTests.Campaign c, String email, String optIn) {
        Map<String, String> fields = new HashMap<>(Map.of("given_name", "Zoë", "family_name", "O'Brien",
                "email", email, "subject", "Vote yes", "message", "Please"));
        if (optIn != null) {
            fields.put("opt_in", optIn);
        }
        return LetterPagesTests.send(new WebSession(port), c.path() + "?postal_code=78701&region=TX", fields);
    }

    @Test
    void aPartnerSeesEachCampaignItCoSponsorsWithItsLettersSentAndItsOwnOptInsAndNoOneElsesData() {
        var c = CampaignConfirmationTests.campaign(port, fixtures, targets, campaigns,
                "Red de Apoyo <i>Mutuo</i> שלום", "senator.partners@example.gov");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        var stranger = fixtures.workspace("Nadie");
        String admin = "/admin/letters/" + c.id();
        c.staff().post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        c.staff().post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        String draft = java.net.URI.create(c.staff().post("/admin/letters/new", "/admin/letters", Map.of(
                "title_en", DRAFT_TITLE, "subject_en", "Hola", "letter_en", "Vote sí", "default_language", "en"))
                .url()).getPath();
        c.staff().post(draft, draft + "/cosponsors", Map.of("slug", legal.workspace().slug()));

        assertThat(write(c, "zoe.partner@example.org", legal.id().toString()).url()).endsWith("/thanks?lang=en");
        assertThat(write(c, "ahmad.partner@example.org", legal.id().toString()).url()).endsWith("/thanks?lang=en");
        assertThat(write(c, "quiet.partner@example.org", null).url()).endsWith("/thanks?lang=en");

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        Document list = partner.get("/admin/letters").html();
        assertThat(list.select("#cosponsored h2").text()).isEqualTo("Letter campaigns you co-sponsor");
        assertThat(list.select("#cosponsored th").eachText()).containsExactly("Title", "Run by", "Letters sent",
                "Opted in to you");
        assertThat(list.select("#cosponsored tbody tr")).hasSize(2);
        var open = list.selectFirst("#cosponsored tr:has(a)");
        assertThat(open.selectFirst("a").text()).isEqualTo("Protect our neighbors");
        assertThat(open.selectFirst("a").attr("href")).isEqualTo(c.path());
        assertThat(open.select("td").get(1).text()).isEqualTo("Red de Apoyo <i>Mutuo</i> שלום");
        assertThat(open.selectFirst("td.total").text()).isEqualTo("3");
        assertThat(open.selectFirst("td.optins").text()).isEqualTo("2");
        var unpublished = list.selectFirst("#cosponsored tbody tr:not(:has(a))");
        assertThat(unpublished.selectFirst("td").text()).as("a draft has no public page to link to")
                .isEqualTo(DRAFT_TITLE);
        assertThat(unpublished.selectFirst("td.optins").text()).isEqualTo("0");
        assertThat(list.select("#cosponsored script, #cosponsored i")).isEmpty();
        assertThat(list.text()).doesNotContain("zoe.partner", "ahmad.partner", "quiet.partner", "Zoë",
                "senator.partners");

        WebSession churchStaff = fixtures.signIn(new WebSession(port), church, Role.VIEWER);
        assertThat(churchStaff.get("/admin/letters").html().select("#cosponsored td.optins").eachText())
                .as("a co-sponsor nobody opted in to").containsExactly("0");
        Document elsewhere = fixtures.signIn(new WebSession(port), stranger, Role.ADMIN).get("/admin/letters")
                .html();
        assertThat(elsewhere.select("#cosponsored tbody tr")).isEmpty();
        assertThat(elsewhere.select("#cosponsored").text()).contains("No other organization has added you")
                .doesNotContain("Protect our neighbors");
        assertThat(c.staff().get("/admin/letters").html().select("#cosponsored tbody tr"))
                .as("the owner co-sponsors nothing").isEmpty();

        partner.post("/admin/letters", "/language", Map.of("lang", "es", "back", "/admin/letters"));
        Document spanish = partner.get("/admin/letters").html();
        assertThat(spanish.select("#cosponsored h2").text()).isEqualTo("Campañas de cartas que usted copatrocina");
        assertThat(spanish.select("#cosponsored th").eachText()).containsExactly("Título", "Organiza",
                "Cartas enviadas", "Aceptaron su contacto");
    }

    @Test
    void aPartnersStaffCannotOpenTheOwnersStaffPagesAndTheCampaignLeavesTheirListWhenTheOwnerRemovesThem() {
        var c = CampaignConfirmationTests.campaign(port, fixtures, targets, campaigns, "Red de Apoyo",
                "senator.removed@example.gov");
        var legal = fixtures.workspace("Centro Legal");
        String admin = "/admin/letters/" + c.id();
        c.staff().post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        write(c, "rosa.partner@example.org", legal.id().toString());

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.OWNER);
        assertThat(partner.get("/admin/letters").html().select("#cosponsored td.optins").eachText())
                .containsExactly("1");
        for (String page : new String[] {admin, admin + "/edit", admin + "/outreaches", admin + "/autoresponse"}) {
            assertThat(partner.get(page).status()).as(page).isEqualTo(404);
        }
        assertThat(partner.post("/admin/letters", admin + "/status", Map.of("status", "closed")).status())
                .isEqualTo(404);
        assertThat(partner.post("/admin/letters", admin + "/cosponsors/" + legal.id() + "/remove", Map.of())
                .status()).isEqualTo(404);
        WebSession viewer = fixtures.signIn(new WebSession(port), legal, Role.VIEWER);
        assertThat(viewer.post("/admin/letters", admin + "/cosponsors/" + legal.id() + "/remove", Map.of())
                .status()).isEqualTo(403);

        c.staff().post(admin, admin + "/cosponsors/" + legal.id() + "/remove", Map.of());
        Document after = partner.get("/admin/letters").html();
        assertThat(after.select("#cosponsored tbody tr")).isEmpty();
        assertThat(after.select("#cosponsored").text()).doesNotContain("Protect our neighbors");
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).as("who opted in stays the partner's")
                .isEqualTo(1);
    }
}
