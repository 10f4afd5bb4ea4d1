package org.convoca.people.imports;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Instant;
import java.util.UUID;
import org.convoca.workspace.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues a mapped import for the scheduler, once, and records who started it. */
@Service
class ImportStarter {

    private final Imports imports;
    // Absent in operator commands, which run their import in the foreground.
    private final ObjectProvider<SchedulerClient> scheduler;
    private final AuditLog audit;

    ImportStarter(Imports imports, ObjectProvider<SchedulerClient> scheduler, AuditLog audit) {
        this.imports = imports;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    /** False when the import was already started (a second click, another tab). */
    @Transactional
    boolean start(UUID workspaceId, UUID importId, UUID actorId, String actor) {
        if (!imports.queue(workspaceId, importId)) {
            return false;
        }
        ImportRecord imp = imports.find(workspaceId, importId).orElseThrow();
        audit.record(workspaceId, actorId, actor, "import.start", imp.fileName() + " (" + imp.totalRows() + " rows)",
                null);
        SchedulerClient client = scheduler.getIfAvailable();
        if (client != null) {
            client.scheduleIfNotExists(ImportTask.PEOPLE_IMPORT.instance(importId.toString())
                    .data(importId.toString()).scheduledTo(Instant.now()));
        }
        return true;
    }
}
