package org.convoca.actions.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SignatoryListReaderTests {

    @Test
    void oneNamePerLineKeepsCommasInNamesAndSkipsBlankLines() throws Exception {
        assertThat(read("Casa de Esperanza, Inc.\r\n\r\n  NILC  \nHIAS, Inc.\rAl Otro Lado\n"))
                .containsExactly("Casa de Esperanza, Inc.", "NILC", "HIAS, Inc.", "Al Otro Lado");
    }

    @Test
    void aCsvIsReadFromTheColumnItsHeaderNames() throws Exception {
        assertThat(read("Contact,Organización,City\nAna,\"Casa de Esperanza, Inc.\",St. Paul\nLuis,NILC,\n"
                + "Bea,,Denver\n")).containsExactly("Casa de Esperanza, Inc.", "NILC");
        assertThat(read("Nombre de la organización;Ciudad\nCoalición de Derechos Humanos;Tucson\n"))
                .containsExactly("Coalición de Derechos Humanos");
        assertThat(read("Organization\tState\nMake the Road New York\tNY\n")).containsExactly("Make the Road New York");
    }

    @Test
    void aSingleColumnHeaderIsDroppedAndCommasStayInNames() throws Exception {
        assertThat(read("Organization\nCasa de Esperanza, Inc.\nNILC\n"))
                .containsExactly("Casa de Esperanza, Inc.", "NILC");
    }

    @Test
    void aCsvWithoutHeaderUsesItsFirstColumn() throws Exception {
        assertThat(read("Casa de Esperanza,St. Paul,MN\nNILC,Los Angeles,CA\n")).containsExactly("Casa de Esperanza",
                "NILC");
        assertThat(read("Casa de Esperanza, Inc.\nHIAS, LLC\n")).containsExactly("Casa de Esperanza, Inc.",
                "HIAS, LLC");
    }

    @Test
    void readsUtf8WithBomUtf16AndLatin1() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = "Coalición\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertThat(SignatoryListReader.read(withBom)).containsExactly("Coalición");
        assertThat(SignatoryListReader.read("\uFEFFNiños Unidos\n".getBytes(StandardCharsets.UTF_16LE)))
                .containsExactly("Niños Unidos");
        assertThat(SignatoryListReader.read("Coalición de Derechos Humanos\n".getBytes(Charset.forName("ISO-8859-1"))))
                .containsExactly("Coalición de Derechos Humanos");
    }

    @Test
    void hostileAndForeignNamesComeBackAsWritten() throws Exception {
        assertThat(read("<script>alert(1)</script>\nRobert'); DROP TABLE orgs;--\n🌎 Red de Migrantes\n"
                + "جمعية دعم اللاجئين\n\"Quoted\"\n")).containsExactly("<script>alert(1)</script>",
                "Robert'); DROP TABLE orgs;--", "🌎 Red de Migrantes", "جمعية دعم اللاجئين", "\"Quoted\"");
    }

    @Test
    void refusesWhatIsNotAListOfNames() {
        assertThatThrownBy(() -> SignatoryListReader.read(new byte[] {'a', 0, 'b'}))
                .hasMessageContaining("not a text or CSV file");
        assertThatThrownBy(() -> read("NILC\n" + "x".repeat(1_001) + "\n")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> read("NILC\n".repeat(SignatoryListReader.MAX_NAMES + 1)))
                .hasMessageContaining("more than 100000 names");
        assertThatThrownBy(() -> SignatoryListReader.read(new byte[SignatoryListReader.MAX_BYTES + 1]))
                .hasMessageContaining("larger than 50 MB");
    }

    @Test
    void randomBytesAreReadOrRefusedWithAMessageNeverAnError() {
        Random random = new Random(2026);
        String alphabet = ",;\t\"\r\n (){}[]&.'-aAéÉñ🌎جא\u202E\uFEFF";
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
            } else {
                StringBuilder s = new StringBuilder(i % 4 == 1 ? "Organization,City\n" : "");
                random.ints(random.nextInt(300), 0, alphabet.length()).forEach(c -> s.append(alphabet.charAt(c)));
                bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            }
            try {
                List<String> names = SignatoryListReader.read(bytes);
                assertThat(OrgDeduplicator.dedupe(names).stream().mapToInt(g -> g.members().size()).sum())
                        .isLessThanOrEqualTo(names.size());
            } catch (SignatoryListException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void anEmptyListHasNoNames() throws Exception {
        assertThat(read("")).isEmpty();
        assertThat(read("\n \r\n\t\n")).isEmpty();
    }

    private static List<String> read(String text) throws SignatoryListException {
        return SignatoryListReader.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
