package org.convoca.actions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.convoca.actions.TestPetitions;
import org.convoca.people.People;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ConvocaTest
class EmbedTests {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestPetitions testPetitions;
    @Autowired People people;

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theScriptTagInsertsAnIframeOfTheEmbeddedFormWhichOnlyThatRouteLetsOtherSitesFrame() throws Exception {
        var w = fixtures.workspace("Embed");
        testPetitions.open(w.id(), "embedded");
        String path = "/" + w.workspace().slug() + "/petitions/embedded";

        HttpResponse<String> script = get(path + "/embed.js?lang=es");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(script.body()).contains("createElement('iframe')",
                "\"http://localhost:" + port + path + "/embed?lang=es\"",
                "\"Protejan a los beneficiarios de DACA\"");

        HttpResponse<String> frame = get(path + "/embed?lang=es");
        assertThat(frame.statusCode()).isEqualTo(200);
        assertThat(frame.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors *");
        assertThat(frame.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(frame.headers().firstValue("Set-Cookie")).as("no session, so no third-party cookie").isEmpty();
        assertThat(frame.body()).contains("Firme la petición", "action=\"" + path + "/embed?lang=es\"");

        HttpResponse<String> page = get(path);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'self'").doesNotContain("frame-ancestors *");
        assertThat(page.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("SAMEORIGIN");
        assertThat(get("/admin").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'self'");

        WebSession browser = new WebSession(port);
        WebSession.Page form = browser.get(path + "/embed?lang=es");
        WebSession.Page thanks = browser.postRaw(form.html().selectFirst("form.sign").attr("action"),
                Map.of("seen", form.html().selectFirst("input[name=seen]").val(), "given_name", "Lucía",
                        "email", "lucia@example.org"));
        assertThat(thanks.url()).endsWith(path + "/embed/thanks?lang=es");
        assertThat(thanks.text()).contains("¡Gracias por firmar!");
        assertThat(people.findByEmail(w.id(), "lucia@example.org")).isPresent();
    }

    @Test
    void aTitleCannotBreakOutOfTheScriptsStrings() throws Exception {
        var w = fixtures.workspace("Quotes");
        var p = testPetitions.open(w.id(), "quotes");
        var texts = new java.util.LinkedHashMap<>(p.texts());
        var en = p.text("en");
        texts.put("en", new org.convoca.actions.PetitionText("en", "'); alert(1); </script><script>\u2028x",
                en.body(), en.letter(), en.consent(), en.thanks(), en.imageAlt()));
        testPetitions.update(p, texts);

        String body = get("/" + w.workspace().slug() + "/petitions/quotes/embed.js?lang=en").body();

        assertThat(body).contains("\"'); alert(1); \\u003c/script>\\u003cscript>\\u2028x\"")
                .doesNotContain("</script>");
    }
}
