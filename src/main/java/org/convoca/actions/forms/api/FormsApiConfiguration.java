package org.convoca.actions.forms.api;

import java.util.List;
import org.convoca.api.ApiException;
import org.convoca.api.BackgroundWrite;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What forms publish through the API: the entry point link and the background writes. */
@Configuration(proxyBeanMethods = false)
class FormsApiConfiguration {

    static final String CREATE_FORM = "forms.create";
    static final String UPDATE_FORM = "forms.update";
    static final String CREATE_SUBMISSION = "submissions.create";

    @Bean
    EntryPointLinks formsEntryPointLinks() {
        return () -> List.of(new EntryPointLinks.Link("osdi:forms", "/forms", "The collection of forms in the system"));
    }

    @Bean
    BackgroundWrite formsCreate(FormWrites writes) {
        return new BackgroundWrite(CREATE_FORM, (workspaceId, ids, body) -> writes.create(workspaceId, body));
    }

    @Bean
    BackgroundWrite formsUpdate(FormWrites writes) {
        return new BackgroundWrite(UPDATE_FORM, (workspaceId, ids, body) -> writes.update(workspaceId, only(ids),
                body));
    }

    @Bean
    BackgroundWrite submissionsCreate(SubmissionWrites writes) {
        return new BackgroundWrite(CREATE_SUBMISSION, (workspaceId, ids, body) -> writes.create(workspaceId,
                only(ids), body));
    }

    private static String only(List<String> ids) {
        if (ids.size() != 1) {
            throw ApiException.badRequest("This request names the wrong resource.");
        }
        return ids.getFirst();
    }
}
