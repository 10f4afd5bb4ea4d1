package org.convoca.people.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import org.convoca.shared.cli.OperatorCommand;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./convoca demo [--reset-password]}: creates the fictional coalition workspace {@code demo} once, in one
 * transaction (all of it or nothing), and prints how to sign in.
 */
@Component
class DemoCommand implements OperatorCommand {

    static final String SLUG = "demo";
    static final String NAME = "Coalición Fronteriza por la Dignidad (demo)";

    private final Workspaces workspaces;
    private final DemoAccount account;
    private final DemoData data;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final String baseUrl;

    DemoCommand(Workspaces workspaces, DemoAccount account, DemoData data, TransactionTemplate tx, AuditLog audit,
            @Value("${convoca.base-url:http://localhost:8080}") String baseUrl) {
        this.workspaces = workspaces;
        this.account = account;
        this.data = data;
        this.tx = tx;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo [--reset-password]          load a fictional coalition workspace to explore";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean reset = args.contains("--reset-password");
        if (args.stream().anyMatch(a -> !a.equals("--reset-password"))) {
            err.println("Usage: ./convoca " + usage());
            return 2;
        }
        Workspace existing = workspaces.findBySlug(SLUG).orElse(null);
        if (existing != null) {
            return alreadyThere(existing, reset, out, err);
        }
        if (account.find().isPresent()) {
            err.println("An account " + DemoAccount.EMAIL + " exists but no demo workspace: remove it first.");
            return 1;
        }
        out.println("Creating the demo workspace: " + DemoData.PEOPLE + " fictional supporters and "
                + DemoData.ORGANIZATIONS + " partner organizations...");
        String password = tx.execute(s -> {
            Workspace w = workspaces.create(SLUG, NAME);
            String p = account.createOwner(w.id());
            data.organizations(w.id(), data.supporters(w.id()));
            audit.record(w.id(), null, "operator", "demo.create", NAME, null);
            return p;
        });
        out.println("Done. Every name, address and organization in it is made up.");
        signIn(out, password);
        return 0;
    }

    private int alreadyThere(Workspace w, boolean reset, PrintStream out, PrintStream err) {
        out.println("The demo workspace already exists (" + w.name() + "); nothing was added.");
        UUID owner = account.find().orElse(null);
        if (owner == null) {
            err.println("Its demo account was removed; sign in with an account of yours.");
            return 1;
        }
        if (!reset) {
            out.println("Sign in at " + baseUrl + "/signin as " + DemoAccount.EMAIL + " with the password printed"
                    + " when it was created.");
            out.println("Lost it? Run ./convoca demo --reset-password to get a new one.");
            return 0;
        }
        String password = account.resetPassword(owner);
        audit.record(w.id(), owner, "operator", "demo.reset-password", DemoAccount.EMAIL, null);
        signIn(out, password);
        return 0;
    }

    private void signIn(PrintStream out, String password) {
        out.println("Sign in at " + baseUrl + "/signin");
        out.println("  email:    " + DemoAccount.EMAIL);
        out.println("  password: " + password);
    }
}
