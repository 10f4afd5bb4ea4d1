package org.convoca.actions.api;

import java.util.List;
import org.convoca.api.ApiException;
import org.convoca.api.BackgroundWrite;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the actions module publishes through the API: its entry point links and its background writes. */
@Configuration(proxyBeanMethods = false)
class ActionsApiConfiguration {

    static final String CREATE_PETITION = "petitions.create";
    static final String UPDATE_PETITION = "petitions.update";
    static final String CREATE_SIGNATURE = "signatures.create";

    @Bean
    EntryPointLinks actionsEntryPointLinks() {
        return () -> List.of(new EntryPointLinks.Link("osdi:petitions", "/petitions",
                "The collection of petitions in the system"));
    }

    @Bean
    BackgroundWrite petitionsCreate(PetitionWrites writes) {
        return new BackgroundWrite(CREATE_PETITION, (workspaceId, ids, body) -> writes.create(workspaceId, body));
    }

    @Bean
    BackgroundWrite petitionsUpdate(PetitionWrites writes) {
        return new BackgroundWrite(UPDATE_PETITION, (workspaceId, ids, body) -> writes.update(workspaceId,
                only(ids), body));
    }

    @Bean
    BackgroundWrite signaturesCreate(SignatureWrites writes) {
        return new BackgroundWrite(CREATE_SIGNATURE, (workspaceId, ids, body) -> writes.create(workspaceId,
                only(ids), body));
    }

    private static String only(List<String> ids) {
        if (ids.size() != 1) {
            throw ApiException.badRequest("This request names the wrong resource.");
        }
        return ids.getFirst();
    }
}
