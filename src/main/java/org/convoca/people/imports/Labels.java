package org.convoca.people.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.springframework.dao.DuplicateKeyException;

/**
 * The tags and lists an import adds, by name, made once each. They are made outside the batch transactions, so a
 * batch that rolls back never leaves a remembered id pointing at nothing (an unused tag is harmless).
 */
final class Labels {

    private final UUID workspaceId;
    private final Tags tags;
    private final Lists lists;
    private final Map<String, UUID> tagIds = new HashMap<>();
    private final Map<String, UUID> listIds = new HashMap<>();

    Labels(UUID workspaceId, Tags tags, Lists lists) {
        this.workspaceId = workspaceId;
        this.tags = tags;
        this.lists = lists;
    }

    void ensure(Collection<Row> rows) {
        for (Row row : rows) {
            if (row instanceof Row.Ok ok) {
                ok.tags().forEach(name -> tagIds.computeIfAbsent(name, n -> retried(x -> tags.ensure(workspaceId, x).id(), n)));
                ok.lists().forEach(name -> listIds.computeIfAbsent(name,
                        n -> retried(x -> lists.ensure(workspaceId, x, "").id(), n)));
            }
        }
    }

    UUID tag(String name) {
        return tagIds.get(name);
    }

    UUID list(String name) {
        return listIds.get(name);
    }

    /** Someone may make the same tag at the same moment; then the second try finds theirs. */
    private static UUID retried(Function<String, UUID> ensure, String name) {
        try {
            return ensure.apply(name);
        } catch (DuplicateKeyException e) {
            return ensure.apply(name);
        }
    }
}
