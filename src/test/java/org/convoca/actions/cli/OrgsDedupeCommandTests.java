package org.convoca.actions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrgsDedupeCommandTests {

    @TempDir Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEveryLineInOneGroupAsJson() throws IOException {
        Path list = dir.resolve("signers.txt");
        Files.writeString(list, "National Immigration Law Center\r\nNatl. Immigration Law Center\r\nNILC\r\n\r\n"
                + "ACLU of Illinois\r\nACLU of Texas\r\nThe Florence Project\r\nCoalición de Derechos Humanos\r\n"
                + "<script>alert(1)</script>\r\n🌎 Red de Migrantes\r\n");

        assertThat(run(list.toString())).isZero();

        JsonNode groups = JsonMapper.builder().build().readTree(out.toByteArray()).get("groups");
        assertThat(groups.valueStream().map(g -> g.get("name").asString())).containsExactly("ACLU of Illinois",
                "ACLU of Texas", "Coalición de Derechos Humanos", "The Florence Project",
                "National Immigration Law Center", "🌎 Red de Migrantes", "<script>alert(1)</script>");
        JsonNode nilc = groups.get(4);
        assertThat(nilc.get("certainty").asString()).isEqualTo("possible");
        assertThat(nilc.get("members").valueStream().map(JsonNode::asString)).containsExactly(
                "National Immigration Law Center", "Natl. Immigration Law Center", "NILC");
        assertThat(groups.get(0).get("certainty").asString()).isEqualTo("same");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void readsStandardInputForADash() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Casa de Esperanza\nCASA de Esperanza, Inc.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(run("-")).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"certainty\" : \"same\"")
                .contains("\"CASA de Esperanza, Inc.\"");
    }

    @Test
    void explainsOnStandardErrorWhatItCannotRead() throws IOException {
        assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");

        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a file");

        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024 + 1);
        }
        assertThat(run(huge.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("larger than 50 MB");

        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1});
        assertThat(run(binary.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a text or CSV file");
        assertThat(out.size()).isZero();
    }

    @Test
    void withoutExactlyOneFileItShowsUsage() {
        assertThat(new OrgsDedupeCommand().run(List.of(), print(out), print(err))).isEqualTo(2);
        assertThat(new OrgsDedupeCommand().run(List.of("a.txt", "b.txt"), print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: ./convoca orgs dedupe FILE");
        assertThat(out.size()).isZero();
    }

    private int run(String file) {
        return new OrgsDedupeCommand().run(List.of(file), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
