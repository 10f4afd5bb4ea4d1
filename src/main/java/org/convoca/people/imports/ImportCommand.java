package org.convoca.people.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convoca.shared.cli.OperatorCommand;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code ./convoca import FILE --workspace SLUG}: the same import as the web page, with the guessed column
 * mapping, run in the foreground; for scripts, large files, and the benchmark.
 */
@Component
class ImportCommand implements OperatorCommand {

    private final Workspaces workspaces;
    private final Uploads uploads;
    private final Imports imports;
    private final ImportStarter starter;
    private final ImportJob job;
    private final MessageSource messages;

    ImportCommand(Workspaces workspaces, Uploads uploads, Imports imports, ImportStarter starter, ImportJob job,
            MessageSource messages) {
        this.messages = messages;
        this.workspaces = workspaces;
        this.uploads = uploads;
        this.imports = imports;
        this.starter = starter;
        this.job = job;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE --workspace SLUG     import people from a CSV file (columns guessed from the header)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        int at = args.indexOf("--workspace");
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        String slug = at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
        if (slug == null || files.size() != 2) {
            err.println("Usage: ./convoca " + usage());
            return 2;
        }
        Path file = Path.of(files.getFirst().equals(slug) ? files.get(1) : files.getFirst());
        Workspace w = workspaces.findBySlug(slug).orElse(null);
        if (w == null) {
            err.println("No workspace has the slug \"" + slug + "\".");
            return 1;
        }
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file + ".");
            return 1;
        }
        UUID id;
        try (InputStream in = Files.newInputStream(file)) {
            id = uploads.receive(w.id(), "operator", file.getFileName().toString(), in);
        } catch (UploadRefused e) {
            err.println(messages.getMessage(e.key(), e.args(), java.util.Locale.ENGLISH));
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        ImportRecord imp = imports.find(w.id(), id).orElseThrow();
        if (!imp.plan().identifiesPeople()) {
            err.println("No column looks like a name, email or phone; use the web page to map the columns.");
            imports.delete(id);
            return 1;
        }
        out.println("Importing " + imp.totalRows() + " rows into " + w.name() + " (columns: " + imp.plan().targets()
                + ")");
        starter.start(w.id(), id, null, "operator");
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> imports.find(w.id(), id).ifPresent(
                i -> out.println("  " + i.processedRows() + " of " + i.totalRows() + " rows")), 2, 2, TimeUnit.SECONDS);
        try {
            job.run(id);
        } finally {
            ticker.shutdownNow();
        }
        ImportRecord end = imports.find(w.id(), id).orElseThrow();
        out.println("Done: " + end.createdRows() + " created, " + end.updatedRows() + " updated, " + end.failedRows()
                + " failed." + (end.message().isEmpty() ? "" : " " + end.message()));
        if (end.failedRows() > 0) {
            out.println("The failed rows can be downloaded at /admin/imports/" + id);
        }
        return end.status() == ImportRecord.Status.DONE ? 0 : 1;
    }
}
