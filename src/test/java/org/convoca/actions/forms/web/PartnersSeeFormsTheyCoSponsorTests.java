package org.convoca.actions.forms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convoca.actions.forms.web.FormCoSponsorTests.answers;

import java.util.Map;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.TestForms;
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
class PartnersSeeFormsTheyCoSponsorTests {

    static final String DRAFT_TITLE = "Plan <script>alert('x')</script> «borrador» 🌻";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestForms testForms;
    @Autowired People people;

    @Test
    void aPartnerSeesEachFormItCoSponsorsWithItsSubmissionsAndItsOwnOptInsAndNoOneElsesData() {
        var owner = fixtures.workspace("Red de Apoyo <i>Mutuo</i> שלום");
        var legal = fixtures.workspace("Centro Legal");
        var church = fixtures.workspace("Iglesia Unida");
        var stranger = fixtures.workspace("Nadie");
        Form f = testForms.survey(owner.id(), "encuesta");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/forms/" + f.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", church.workspace().slug()));
        String draft = java.net.URI.create(organizer.post("/admin/forms/new", "/admin/forms",
                Map.of("title_en", DRAFT_TITLE, "default_language", "en")).url()).getPath();
        organizer.post(draft, draft + "/cosponsors", Map.of("slug", legal.workspace().slug()));

        String path = "/" + owner.workspace().slug() + "/forms/encuesta";
        String seen = new WebSession(port).get(path).html().selectFirst("input[name=seen]").val();
        for (String email : new String[] {"zoe.partner@example.org", "ahmad.partner@example.org"}) {
            Map<String, String> ticked = answers(f, seen, email);
            ticked.put("opt_in", legal.id().toString());
            assertThat(new WebSession(port).postRaw(path, ticked).url()).endsWith("/thanks?lang=en");
        }
        assertThat(new WebSession(port).postRaw(path, answers(f, seen, "quiet.partner@example.org")).url())
                .endsWith("/thanks?lang=en");

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.ORGANIZER);
        Document list = partner.get("/admin/forms").html();
        assertThat(list.select("#cosponsored h2").text()).isEqualTo("Forms you co-sponsor");
        assertThat(list.select("#cosponsored th").eachText()).containsExactly("Title", "Run by", "Submissions",
                "Opted in to you");
        assertThat(list.select("#cosponsored tbody tr")).hasSize(2);
        var open = list.selectFirst("#cosponsored tr:has(a)");
        assertThat(open.selectFirst("a").text()).isEqualTo("Know your rights survey");
        assertThat(open.selectFirst("a").attr("href")).isEqualTo(path);
        assertThat(open.select("td").get(1).text()).isEqualTo("Red de Apoyo <i>Mutuo</i> שלום");
        assertThat(open.selectFirst("td.total").text()).isEqualTo("3");
        assertThat(open.selectFirst("td.optins").text()).isEqualTo("2");
        var unpublished = list.selectFirst("#cosponsored tbody tr:not(:has(a))");
        assertThat(unpublished.selectFirst("td").text()).as("a draft has no public page to link to")
                .isEqualTo(DRAFT_TITLE);
        assertThat(unpublished.selectFirst("td.total").text()).isEqualTo("0");
        assertThat(list.select("#cosponsored script, #cosponsored i")).isEmpty();
        assertThat(list.text()).doesNotContain("zoe.partner", "ahmad.partner", "quiet.partner", "Zoë");

        WebSession churchStaff = fixtures.signIn(new WebSession(port), church, Role.VIEWER);
        assertThat(churchStaff.get("/admin/forms").html().select("#cosponsored td.optins").eachText())
                .as("a co-sponsor nobody opted in to").containsExactly("0");
        Document elsewhere = fixtures.signIn(new WebSession(port), stranger, Role.ADMIN).get("/admin/forms").html();
        assertThat(elsewhere.select("#cosponsored tbody tr")).isEmpty();
        assertThat(elsewhere.select("#cosponsored").text()).contains("No other organization has added you")
                .doesNotContain("Know your rights survey");
        assertThat(organizer.get("/admin/forms").html().select("#cosponsored tbody tr"))
                .as("the owner co-sponsors nothing").isEmpty();

        partner.post("/admin/forms", "/language", Map.of("lang", "es", "back", "/admin/forms"));
        Document spanish = partner.get("/admin/forms").html();
        assertThat(spanish.select("#cosponsored h2").text()).isEqualTo("Formularios que usted copatrocina");
        assertThat(spanish.select("#cosponsored th").eachText()).containsExactly("Título", "Organiza", "Respuestas",
                "Aceptaron su contacto");
    }

    @Test
    void aPartnersStaffCannotOpenTheOwnersStaffPagesAndTheFormLeavesTheirListWhenTheOwnerRemovesThem() {
        var owner = fixtures.workspace("Red de Apoyo");
        var legal = fixtures.workspace("Centro Legal");
        Form f = testForms.survey(owner.id(), "encuesta");
        WebSession organizer = fixtures.signIn(new WebSession(port), owner, Role.ORGANIZER);
        String admin = "/admin/forms/" + f.id();
        organizer.post(admin, admin + "/cosponsors", Map.of("slug", legal.workspace().slug()));
        String path = "/" + owner.workspace().slug() + "/forms/encuesta";
        Map<String, String> ticked = answers(f, new WebSession(port).get(path).html()
                .selectFirst("input[name=seen]").val(), "rosa.partner@example.org");
        ticked.put("opt_in", legal.id().toString());
        new WebSession(port).postRaw(path, ticked);

        WebSession partner = fixtures.signIn(new WebSession(port), legal, Role.OWNER);
        assertThat(partner.get("/admin/forms").html().select("#cosponsored td.optins").eachText())
                .containsExactly("1");
        for (String page : new String[] {admin, admin + "/edit", admin + "/submissions", admin + "/submissions.csv",
            admin + "/autoresponse"}) {
            assertThat(partner.get(page).status()).as(page).isEqualTo(404);
        }
        assertThat(partner.post("/admin/forms", admin + "/status", Map.of("status", "closed")).status())
                .isEqualTo(404);
        assertThat(partner.post("/admin/forms", admin + "/cosponsors/" + legal.id() + "/remove", Map.of()).status())
                .isEqualTo(404);
        WebSession viewer = fixtures.signIn(new WebSession(port), legal, Role.VIEWER);
        assertThat(viewer.post("/admin/forms", admin + "/cosponsors/" + legal.id() + "/remove", Map.of()).status())
                .isEqualTo(403);

        organizer.post(admin, admin + "/cosponsors/" + legal.id() + "/remove", Map.of());
        Document after = partner.get("/admin/forms").html();
        assertThat(after.select("#cosponsored tbody tr")).isEmpty();
        assertThat(after.select("#cosponsored").text()).doesNotContain("Know your rights survey");
        assertThat(people.count(legal.id(), PeopleQuery.ALL)).as("who opted in stays the partner's")
                .isEqualTo(1);
    }
}
