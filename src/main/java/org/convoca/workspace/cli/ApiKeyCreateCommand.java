package org.convoca.workspace.cli;

import java.io.PrintStream;
import java.util.List;
import org.convoca.shared.cli.OperatorCommand;
import org.convoca.workspace.ApiKeys;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Component;

/** {@code ./convoca apikey create --workspace SLUG [--name NAME]}: prints the new key as the last line. */
@Component
class ApiKeyCreateCommand implements OperatorCommand {

    private final Workspaces workspaces;
    private final ApiKeys keys;
    private final AuditLog audit;

    ApiKeyCreateCommand(Workspaces workspaces, ApiKeys keys, AuditLog audit) {
        this.workspaces = workspaces;
        this.keys = keys;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "apikey create";
    }

    @Override
    public String usage() {
        return "apikey create --workspace SLUG [--name NAME]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs a = CommandArgs.parse(args);
        String slug = a.option("workspace");
        if (slug == null) {
            err.println("Usage: ./convoca " + usage());
            return 2;
        }
        Workspace w = workspaces.findBySlug(slug).orElse(null);
        if (w == null) {
            err.println("No workspace has the slug \"" + slug + "\".");
            return 1;
        }
        ApiKeys.NewKey key = keys.create(w.id(), a.option("name") == null ? "Created from the command line"
                : a.option("name"));
        audit.record(w.id(), null, "operator", "apikey.create", key.key().name() + " (" + key.key().prefix() + "…)",
                null);
        out.println("Created an API key for " + w.name() + ". Keep it safe: it is shown only this once.");
        out.println(key.secret());
        return 0;
    }
}
