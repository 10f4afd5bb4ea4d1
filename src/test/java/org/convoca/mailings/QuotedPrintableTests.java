package org.convoca.mailings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The personalized body goes on the wire pre-encoded, and must decode to exactly what was rendered. */
class QuotedPrintableTests {

    private static final String[] NAMES = {"Ana", "", "José Núñez 🌵", "نور", "a=b  ", " trailing ", "x".repeat(300),
        "<b>Eve</b>\n", "tab\there"};

    @Test
    void preEncodedTemplatesDecodeToTheRenderedTextWithShortLinesOnly() throws Exception {
        String line = "A line with = signs, accents (acción, niñez), emoji 🌎 and spaces at the end   \n";
        String source = "Dear {{given_name|friend}}," + line.repeat(40) + "=" + "y".repeat(200)
                + "{{family_name}}\n\n.{{given_name}}.\n" + "z".repeat(75) + "{{email}}";
        for (Template.Escape escape : Template.Escape.values()) {
            List<MergeFields.Ref> refs = new ArrayList<>();
            Template t = Template.compile(MergeFields.mark(source, refs), refs, escape);
            for (String name : NAMES) {
                Recipient r = Recipient.of(name + "@example.org", name, name, Map.of());
                Bytes out = new Bytes(16);
                t.writeQuotedPrintable(r, out);
                byte[] wire = out.toArray();

                String decoded = new String(MimeUtility.decode(new ByteArrayInputStream(wire), "quoted-printable")
                        .readAllBytes(), StandardCharsets.UTF_8);
                assertThat(decoded).isEqualTo(t.render(r).replace("\n", "\r\n"));
                for (String wireLine : new String(wire, StandardCharsets.US_ASCII).split("\r\n")) {
                    assertThat(wireLine.length()).isLessThanOrEqualTo(76);
                    assertThat(wireLine).doesNotEndWith(" ").doesNotEndWith("\t").matches("[\\t\\x20-\\x7e]*");
                }
            }
        }
    }
}
