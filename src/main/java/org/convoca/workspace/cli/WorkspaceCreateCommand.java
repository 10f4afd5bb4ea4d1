package org.convoca.workspace.cli;

import java.io.PrintStream;
import java.util.List;
import org.convoca.shared.cli.OperatorCommand;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.stereotype.Component;

/** {@code ./convoca workspace create SLUG --name NAME}. */
@Component
class WorkspaceCreateCommand implements OperatorCommand {

    private final Workspaces workspaces;
    private final AuditLog audit;

    WorkspaceCreateCommand(Workspaces workspaces, AuditLog audit) {
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "workspace create";
    }

    @Override
    public String usage() {
        return "workspace create SLUG --name NAME";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArgs a = CommandArgs.parse(args);
        String slug = a.positional().isEmpty() ? null : a.positional().getFirst();
        String name = a.option("name");
        if (slug == null || name == null || name.isBlank()) {
            err.println("Usage: ./convoca " + usage());
            return 2;
        }
        if (!Workspaces.isValidSlug(slug)) {
            err.println("\"" + slug + "\" cannot be a workspace slug: use 1 to 63 lower-case letters, digits and "
                    + "dashes, not starting or ending with a dash.");
            return 2;
        }
        if (name.strip().length() > 200) {
            err.println("The name is longer than 200 characters.");
            return 2;
        }
        if (workspaces.findBySlug(slug).isPresent()) {
            err.println("A workspace with the slug \"" + slug + "\" already exists.");
            return 1;
        }
        Workspace w = workspaces.create(slug, name.strip());
        audit.record(w.id(), null, "operator", "workspace.create", slug, null);
        out.println("Created workspace " + w.slug() + " (" + w.name() + ")");
        out.println(w.id());
        return 0;
    }
}
