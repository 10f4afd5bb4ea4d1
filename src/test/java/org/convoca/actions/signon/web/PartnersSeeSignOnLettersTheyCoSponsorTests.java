package org.convoca.actions.signon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.signon.web.LetterSigningPages.organization;
import static org.convoca.actions.signon.web.LetterSigningPages.sign;

import java.util.Map;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.TestLetters;
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
class PartnersSeeSignOnLettersTheyCoSponsorTests {

    static final String DRAFT_TITLE = "Plan <script>alert('x')</script> «borrador» 🌻";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestLetters testLetters;
    @Autowired People people;

    private static Map<String, String> ticking(Map<String, String> fields, Fixtures.TestWorkspace partner) {
        fields.put("opt_in", partner.id().toString());
        return fields;
    }

    @Test
    void aPartnerSeesEachLetterItCoSponsorsWithItsListedSignatoriesAndItsOwnOptInsAndNoOneElsesData() {
        var owner = fixtures.workspace("Red de Apoyo <i>Mutuo</i> שלום");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        var stranger = fixtures.workspace("Nadie");
        SignonLetter letter = testLetters.open(owner.id(), "coalition");
        SignonLetter moderated = testLetters.open(owner.id(), "moderada", SignonLetter.Signers.BOTH, true, null);
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        String other = "/admin/sign-on/" + moderated.id();
        organizer.post(other, other + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        Map<String, String> draftForm = LetterStaffPagesTests.form();
        draftForm.put("title_en", DRAFT_TITLE);
        String draft = java.net.URI.create(organizer.post("/admin/sign-on/new", "/admin/sign-on", draftForm).url())
                .getPath();
        organizer.post(draft, draft + "/cosponsors", Map.of("slug", legal.workspace().slug()));

        String path = "/" + owner.workspace().slug() + "/sign-on/coalition";
        sign(new WebSession(port), path, ticking(organization("Casa Rosa", "rosa.partner@example.org"), legal));
        sign(new WebSession(port), path, ticking(organization("Casa Rosa", "lupe.partner@example.org"), legal));
        sign(new WebSession(port), path, organization("Casa Pedro", "pedro.partner@example.org"));
        sign(new WebSession(port), path, Map.of("kind", "individual", "given_name", "زينب", "family_name", "Núñez",
                "email", "zainab.partner@example.org"));
        sign(new WebSession(port), "/" + owner.workspace().slug() + "/sign-on/moderada",
                organization("Casa Pendiente", "pending.partner@example.org"));

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        Document list = partner.get("/admin/sign-on").html();
        assertThat(list.select("#cosponsored h2").text()).isEqualTo("Sign-on letters you co-sponsor");
        assertThat(list.select("#cosponsored th").eachText()).containsExactly("Title", "Run by", "Signatories",
                "Opted in to you");
        assertThat(list.select("#cosponsored tbody tr")).hasSize(3);
        var open = list.selectFirst("#cosponsored tr:has(a[href=" + path + "])");
        assertThat(open.selectFirst("a").text()).isEqualTo("End the raids");
        assertThat(open.select("td").get(1).text()).isEqualTo("Red de Apoyo <i>Mutuo</i> שלום");
        assertThat(open.selectFirst("td.total").text()).as("each organization once, as the public page lists them")
                .isEqualTo("3").isEqualTo(organizer.get(admin).html().selectFirst("#listed").text());
        assertThat(open.selectFirst("td.optins").text()).isEqualTo("2");
        var waiting = list.selectFirst("#cosponsored tr:has(a[href$=/sign-on/moderada])");
        assertThat(waiting.selectFirst("td.total").text()).as("a signature waiting for approval is not listed yet")
                .isEqualTo("0");
        var unpublished = list.selectFirst("#cosponsored tbody tr:not(:has(a))");
        assertThat(unpublished.selectFirst("td").text()).as("a draft has no public page to link to")
                .isEqualTo(DRAFT_TITLE);
        assertThat(list.select("#cosponsored script, #cosponsored i")).isEmpty();
        assertThat(list.text()).doesNotContain("Casa Rosa", "rosa.partner", "Casa Pedro", "زينب", "Pendiente");

        WebSession churchStaff = fixtures.signIn(new WebSession(port), church, Role.VIEWER);
        assertThat(churchStaff.get("/admin/sign-on").html().select("#cosponsored td.optins").eachText())
                .as("a co-sponsor nobody opted in to").containsExactly("0");
        Document elsewhere = fixtures.signIn(new WebSession(port), stranger, Role.ADMIN).get("/admin/sign-on")
                .html();
        assertThat(elsewhere.select("#cosponsored tbody tr")).isEmpty();
        assertThat(elsewhere.select("#cosponsored").text()).contains("No other organization has added you")
                .doesNotContain("End the raids");
        assertThat(organizer.get("/admin/sign-on").html().select("#cosponsored tbody tr"))
                .as("the owner co-sponsors nothing").isEmpty();

        partner.post("/admin/sign-on", "/language", Map.of("lang", "es", "back", "/admin/sign-on"));
        Document spanish = partner.get("/admin/sign-on").html();
        assertThat(spanish.select("#cosponsored h2").text()).isEqualTo("Cartas colectivas que usted copatrocina");
        assertThat(spanish.select("#cosponsored th").eachText()).containsExactly("Título", "Organiza", "Firmantes",
                "Aceptaron su contacto");
    }

    @Test
    void aPartnersStaffCannotOpenTheOwnersStaffPagesAndTheLetterLeavesTheirListWhenTheOwnerRemovesThem() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal");
        SignonLetter letter = testLetters.open(owner.id(), "coalition");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/sign-on/" + letter.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        sign(new WebSession(port), "/" + owner.workspace().slug() + "/sign-on/coalition",
                ticking(organization("Casa Rosa", "rosa.removed@example.org"), legal));

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.OWNER);
        assertThat(partner.get("/admin/sign-on").html().select("#cosponsored td.optins").eachText())
                .containsExactly("1");
        for (String page : new String[] {admin, admin + "/edit", admin + "/signatures", admin + "/signatures.csv",
            admin + "/duplicates", admin + "/delivery", admin + "/autoresponse", admin + "/thank-you"}) {
            assertThat(partner.get(page).status()).as(page).isEqualTo(404);
        }
        assertThat(partner.post("/admin/sign-on", admin + "/status", Map.of("status", "closed")).status())
                .isEqualTo(404);
        assertThat(partner.post("/admin/sign-on", admin + "/cosponsors/" + legal.id() + "/remove", Map.of())
                .status()).isEqualTo(404);
        WebSession viewer = fixtures.signIn(new WebSession(port), legal, Role.VIEWER);
        assertThat(viewer.post("/admin/sign-on", admin + "/cosponsors/" + legal.id() + "/remove", Map.of())
                .status()).isEqualTo(403);

        organizer.post(admin, admin + "/cosponsors/" + legal.id() + "/remove", Map.of());
        Document after = partner.get("/admin/sign-on").html();
        assertThat(after.select("#cosponsored tbody tr")).isEmpty();
        assertThat(after.select("#cosponsored").text()).doesNotContain("End the raids");
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).as("who opted in stays the partner's")
                .isEqualTo(1);
    }
}
