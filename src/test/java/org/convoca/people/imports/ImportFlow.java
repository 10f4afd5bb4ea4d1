package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.convoca.workspace.Role;

/** A person going through the import pages: upload, mapping, preview, start, and waiting for the end. */
final class ImportFlow {

    final WebSession browser;
    final Fixtures.TestWorkspace workspace;
    private final Imports imports;

    ImportFlow(int port, Fixtures fixtures, Imports imports, String workspaceName) {
        this.browser = new WebSession(port);
        this.workspace = fixtures.workspace(workspaceName);
        this.imports = imports;
        fixtures.signIn(browser, workspace, Role.ORGANIZER);
    }

    WebSession.Page upload(String fileName, byte[] content) {
        return browser.upload("/admin/imports", null, "file", fileName, content);
    }

    /** Uploads, keeps the guessed mapping, and returns the import's id. */
    UUID uploaded(String csv) {
        return uploaded(csv.getBytes(StandardCharsets.UTF_8));
    }

    UUID uploaded(byte[] csv) {
        WebSession.Page mapping = upload("people.csv", csv);
        assertThat(mapping.url()).as(mapping.text()).endsWith("/mapping");
        return UUID.fromString(mapping.url().replaceAll(".*/imports/([^/]+)/mapping", "$1"));
    }

    WebSession.Page preview(UUID id, Map<String, String> mapping) {
        return browser.post("/admin/imports/" + id + "/mapping", "/admin/imports/" + id + "/mapping", mapping);
    }

    ImportRecord run(UUID id) {
        preview(id, Map.of());
        browser.post("/admin/imports/" + id + "/preview", "/admin/imports/" + id + "/start", Map.of());
        return awaitFinished(id);
    }

    /** Imports a UTF-8 CSV with the guessed mapping and waits until it has finished. */
    ImportRecord importCsv(String csv) {
        return run(uploaded(csv));
    }

    ImportRecord awaitFinished(UUID id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            ImportRecord imp = imports.find(workspace.id(), id).orElseThrow();
            if (imp.status().finished()) {
                return imp;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish within a minute");
    }
}
