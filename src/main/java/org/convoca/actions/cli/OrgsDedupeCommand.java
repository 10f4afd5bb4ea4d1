package org.convoca.actions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.signon.OrgDeduplicator;
import org.convoca.actions.signon.OrgGroup;
import org.convoca.actions.signon.SignatoryListException;
import org.convoca.actions.signon.SignatoryListReader;
import org.convoca.shared.cli.OperatorCommand;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./convoca orgs dedupe FILE}: groups a signatory list's organizations and prints them as JSON, the only
 * thing written to standard output, in UTF-8 whatever the terminal's encoding. {@code -} reads standard input.
 */
@Component
class OrgsDedupeCommand implements OperatorCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String name() {
        return "orgs dedupe";
    }

    @Override
    public String usage() {
        return "orgs dedupe FILE|-   (one name per line or CSV; prints the organizations grouped, as JSON)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.getFirst().isBlank()) {
            err.println("Usage: ./convoca " + usage());
            return 2;
        }
        String file = args.getFirst();
        List<String> names;
        try {
            names = file.equals("-") ? SignatoryListReader.read(System.in) : readFile(callerDir().resolve(file));
        } catch (SignatoryListException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println(file + ": cannot be read (" + e.getMessage() + ").");
            return 1;
        }
        out.writeBytes(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(OrgDeduplicator.dedupe(names))));
        out.write('\n');
        out.flush();
        return 0;
    }

    /** The launcher runs Java from its own folder and says where the operator was. */
    private static Path callerDir() {
        String dir = System.getenv("CONVOCA_CALLER_DIR");
        return Path.of(dir == null || dir.isBlank() ? "" : dir);
    }

    private static List<String> readFile(Path path) throws IOException, SignatoryListException {
        if (!Files.exists(path)) {
            throw new SignatoryListException("no such file.");
        }
        if (!Files.isRegularFile(path)) {
            throw new SignatoryListException("not a file (a folder?).");
        }
        if (!Files.isReadable(path)) {
            throw new SignatoryListException("not readable: check its permissions.");
        }
        if (Files.size(path) > SignatoryListReader.MAX_BYTES) {
            throw new SignatoryListException("larger than 50 MB; split it into smaller files.");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return SignatoryListReader.read(in);
        }
    }

    private static Map<String, Object> json(List<OrgGroup> groups) {
        return Map.of("groups", groups.stream().map(g -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", g.name());
            group.put("members", g.members());
            group.put("certainty", g.certainty().json());
            return group;
        }).toList());
    }
}
