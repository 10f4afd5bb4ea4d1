package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whatever staff type or supporters are called, no header is added, no script runs, no field goes blank. */
class HostileInputTests extends RelayTest {

    @Autowired
    Mailings mailings;

    @Autowired
    People people;

    @Test
    void lineBreaksInSenderSubjectOrReplyToAreRefusedWhenSaving() {
        var w = fixtures.workspace("Injection");
        Mailing base = fixtures.bilingual(w.id(), "Base");

        assertThat(problems(base.withSender("Evil\r\nBcc: victim@example.org", "", ""))).containsKey("from_name");
        assertThat(problems(base.withSender("", "news@example.org\r\nBcc: victim@example.org", "")))
                .containsKey("from_address");
        assertThat(problems(base.withSender("", "", "Ana <ana@example.org>, victim@example.org")))
                .containsKey("reply_to");
        assertThat(problems(base.withVersion(new MailingVersion("en", "Hi\nBcc: victim@example.org", "",
                List.of(new Block.Divider()))))).containsKey("en.subject");
        assertThat(mailings.find(w.id(), base.id()).orElseThrow().fromName()).isEmpty();
    }

    @Test
    void aSupportersNameWithLineBreaksAndMarkupStaysInsideItsHeaderAndIsEscaped() throws Exception {
        var w = fixtures.workspace("Names");
        String tag = tag();
        Person eve = people.create(w.id(), Person.draft("Eve\r\nBcc: victim-" + tag + "@example.org <b>", "",
                "eve-" + tag + "@example.org"));
        Mailing m = fixtures.bilingual(w.id(), "Names");

        sending.start(w.id(), m.id());
        fixtures.await(w.id(), m.id(), MailingStatus.SENT, Duration.ofSeconds(20));

        assertThat(recipientsOf(tag)).containsExactly(eve.email());
        MimeMessage message = receivedFor(tag).get(eve.email());
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).isEqualTo("Hello Eve Bcc: victim-" + tag + "@example.org <b>");
        String html = (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("Dear Eve").contains("&lt;b&gt;").doesNotContain("example.org <b>");
    }

    @Test
    void unknownOrUnclosedMergeFieldsAreRefusedWhenSavingAndCustomFieldsAreKnown() {
        var w = fixtures.workspace("Fields");
        people.create(w.id(), Person.draft("Ana", "", "ana@example.org").withCustomFields(Map.of("barrio", "Pilsen")));
        Mailing base = fixtures.bilingual(w.id(), "Fields");

        assertThat(problems(version(base, "Hola {{nickname}}")).get("es.subject")).contains("{{nickname}}");
        assertThat(problems(version(base, "Hola {{given_name")).get("es.subject")).contains("does not close");
        assertThat(problems(version(base, "Hola {{ barrio | vecina }}"))).isEmpty();
        Mailing withBody = base.withVersion(new MailingVersion("es", "Hola", "",
                List.of(new Block.Text("Hola {{given_nme|amiga}}"))));
        assertThat(problems(withBody).get("es.blocks.0")).contains("{{given_nme}}");
    }

    @Test
    void oversizedOrMalformedPartsAreRefusedWithEveryProblemNamed() {
        var w = fixtures.workspace("Bounds");
        Mailing base = fixtures.bilingual(w.id(), "Bounds");
        Mailing bad = base.withName("x".repeat(201)).withVersion(new MailingVersion("es", "s".repeat(251), "",
                List.of(new Block.Button("Go", "javascript:alert(1)"), new Block.Text("t".repeat(20_001)),
                        new Block.Image(null, "", ""))))
                .withVersion(new MailingVersion("fr", "Bonjour", "", List.of()));

        Map<String, String> problems = problems(bad);
        assertThat(problems).containsKeys("name", "es.subject", "es.blocks.0", "es.blocks.1", "es.blocks.2",
                "language");
    }

    @Test
    void anotherWorkspacesListsTagsAndPicturesCannotBeUsed() {
        var w = fixtures.workspace("Mine");
        var other = fixtures.workspace("Theirs");
        Mailing base = fixtures.bilingual(w.id(), "Isolation");
        UUID theirList = fixtures.list(other.id(), "Their list");

        assertThat(problems(base.withAudience(new Audience(false, List.of(new Audience.Target(Audience.Kind.LIST,
                theirList, false)))))).containsKey("audience");
        assertThat(problems(base.withVersion(new MailingVersion("en", "Hi", "", List.of(new Block.Image(
                fixtures.image(other.id()), "alt", "")))))).containsKey("en.blocks.0");
    }

    private static Mailing version(Mailing m, String subject) {
        return m.withVersion(new MailingVersion("es", subject, "", List.of(new Block.Divider())));
    }

    private Map<String, String> problems(Mailing m) {
        try {
            mailings.update(m);
            return Map.of();
        } catch (InvalidMailingException e) {
            return e.problems();
        }
    }
}
