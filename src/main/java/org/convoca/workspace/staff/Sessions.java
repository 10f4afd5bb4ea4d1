package org.convoca.workspace.staff;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends an account's sessions on every node: they are rows in the database, indexed by the account id. */
@Component
class Sessions {

    // Absent when Convoca runs an operator command without its web server.
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    void endAll(UUID accountId, String exceptSessionId) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        sessions.findByPrincipalName(accountId.toString()).keySet().stream()
                .filter(id -> !id.equals(exceptSessionId))
                .forEach(sessions::deleteById);
    }
}
