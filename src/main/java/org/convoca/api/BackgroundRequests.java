package org.convoca.api;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.shared.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code background_request=true}: the request is checked (key, JSON), stored in the database-backed task queue
 * and answered {@code 200 {}} at once; any node runs it soon after, and a crash before then loses nothing.
 */
@Service
public class BackgroundRequests {

    /** What is stored for one queued request; the body is kept as JSON text. */
    record Queued(UUID workspaceId, String write, ArrayList<String> pathIds, String body) implements Serializable {
    }

    private final OneTimeTask<Queued> task;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<BackgroundWrite> writes;

    BackgroundRequests(OneTimeTask<Queued> apiBackgroundRequest, ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<BackgroundWrite> writes) {
        this.task = apiBackgroundRequest;
        this.scheduler = scheduler;
        this.writes = writes;
    }

    /** Queues the {@link BackgroundWrite} with this name and answers {@code 200 {}}. */
    public ResponseEntity<Object> submit(ApiCaller caller, String write, List<String> pathIds, JsonNode body) {
        if (writes.stream().noneMatch(w -> w.name().equals(write))) {
            throw new IllegalStateException("No background write named " + write);
        }
        Queued queued = new Queued(caller.workspaceId(), write, new ArrayList<>(pathIds),
                body == null ? "{}" : body.toString());
        scheduler.getObject().schedule(task.instance(Ids.newId().toString(), queued), Instant.now());
        return Hal.ok(Map.of());
    }
}
