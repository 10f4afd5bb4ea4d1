package org.convoca.mailings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks that everything a mailing points at (lists, tags, segments, pictures, wrapper) belongs to the mailing's
 * own workspace, so that no id from another workspace can reach its people or its files.
 */
@Component
class Targets {

    private final JdbcClient jdbc;
    private final Lists lists;
    private final Tags tags;

    Targets(JdbcClient jdbc, Lists lists, Tags tags) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.tags = tags;
    }

    Map<String, String> problems(Mailing m) {
        Map<String, String> p = new LinkedHashMap<>();
        UUID ws = m.workspaceId();
        for (Audience.Target t : m.audience().targets()) {
            boolean found = switch (t.kind()) {
                case LIST -> lists.find(ws, t.id()).isPresent();
                case TAG -> tags.find(ws, t.id()).isPresent();
                case SEGMENT -> exists("segments", ws, t.id());
            };
            if (!found) {
                p.put("audience", "The audience names a list, tag or segment that does not exist (any more).");
            }
        }
        if (m.wrapperId() != null && !exists("mailing_wrappers", ws, m.wrapperId())) {
            p.put("wrapper", "There is no such wrapper in this workspace.");
        }
        for (MailingVersion v : m.versions().values()) {
            for (int i = 0; i < v.blocks().size(); i++) {
                if (v.blocks().get(i) instanceof Block.Image image && image.imageId() != null
                        && !exists("mailing_images", ws, image.imageId())) {
                    p.put(v.language() + ".blocks." + i, "This picture is not one of this workspace's uploads.");
                }
            }
        }
        return p;
    }

    private boolean exists(String table, UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Long.class).single() > 0;
    }
}
