package org.convoca.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutgoingEmailTests {

    @Test
    void lineBreaksInAnyHeaderAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", "Hola\r\nBcc: everyone@example.org", "x"))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("subject contains a line break");
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org\nBcc: x@example.org", "Hola", "x"))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("recipient address");
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", "Hola", "x")
                .from("Centro\r\nBcc: x@example.org", "news@example.org"))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("sender name contains a line break");
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", "Hola", "x")
                .from("Centro", "news@example.org\rBcc: x@example.org"))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("sender address");
    }

    @Test
    void onlyASingleBareAddressIsAcceptedAsRecipient() {
        for (String bad : new String[] {"", "   ", "not an address", "a@example.org, b@example.org",
                "Ana <ana@example.org>", "group: a@example.org;", "<script>@example.org", "x".repeat(321) + "@e.org"}) {
            assertThatThrownBy(() -> OutgoingEmail.text(bad, "Hola", "x"))
                    .as(bad).isInstanceOf(InvalidEmailException.class);
        }
        assertThat(OutgoingEmail.isValidAddress("ana.nunez+news@example.org")).isTrue();
        assertThat(OutgoingEmail.isValidAddress("Ana <ana@example.org>")).isFalse();
    }

    @Test
    void accentsEmojiAndRightToLeftTextAreFineInSubjectAndSenderName() {
        OutgoingEmail email = OutgoingEmail.text(" ana@example.org ", "¡Únete! 🌎 نور", "Cuerpo")
                .from("Red de Acción Migrante", "noticias@example.org").withHtml("<p>Hola</p>");

        assertThat(email.to()).isEqualTo("ana@example.org");
        assertThat(email.subject()).isEqualTo("¡Únete! 🌎 نور");
        assertThat(email.fromName()).isEqualTo("Red de Acción Migrante");
    }

    @Test
    void emptySubjectAndOversizedBodiesAreRefused() {
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", " ", "x"))
                .isInstanceOf(InvalidEmailException.class).hasMessageContaining("subject is empty");
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", "Hola", "x".repeat(1_000_001)))
                .isInstanceOf(InvalidEmailException.class);
        assertThatThrownBy(() -> OutgoingEmail.text("ana@example.org", "x".repeat(999), "x"))
                .isInstanceOf(InvalidEmailException.class);
    }
}
