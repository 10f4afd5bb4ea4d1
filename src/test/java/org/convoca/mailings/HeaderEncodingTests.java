package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

/** Subjects and sender names as mail programs will read them back: any script, any length, no line too long. */
class HeaderEncodingTests {

    @Test
    void encodedSubjectsDecodeToTheOriginalWithShortLines() throws Exception {
        for (String subject : new String[] {"Hello Ana", "¡Hola José! 🌎 Nuestro informe de octubre ya salió",
            "نور، تقرير جديد", "a".repeat(240), "word ".repeat(60), "=?UTF-8?B?notreally?=", "x " + "ñ".repeat(120) + " 🌵🌵🌵"}) {
            String header = MimeWriter.encode(subject);
            assertThat(MimeUtility.decodeText(MimeUtility.unfold(header))).isEqualTo(subject);
            for (String line : header.split("\r\n")) {
                assertThat(line.length()).isLessThanOrEqualTo(line.contains("=?UTF-8?B?") ? 78 : 998);
                assertThat(line).matches("[\\x20-\\x7e]*");
            }
        }
    }

    @Test
    void senderNamesWithQuotesAccentsOrAngleBracketsStayOneMailbox() throws Exception {
        for (String name : new String[] {"Red de Acción", "\"Quoted\" <evil@example.org>, x@example.org", "O'Brien"}) {
            InternetAddress[] parsed = InternetAddress.parseHeader(MimeUtility.unfold(
                    MimeWriter.address("news@example.org", name)), true);
            assertThat(parsed).hasSize(1);
            assertThat(parsed[0].getAddress()).isEqualTo("news@example.org");
            assertThat(parsed[0].getPersonal()).isEqualTo(name);
        }
    }
}
