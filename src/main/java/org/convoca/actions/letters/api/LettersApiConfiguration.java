package org.convoca.actions.letters.api;

import java.util.List;
import org.convoca.api.ApiException;
import org.convoca.api.BackgroundWrite;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What letter campaigns publish through the API: the entry point link and the background writes. */
@Configuration(proxyBeanMethods = false)
class LettersApiConfiguration {

    static final String CREATE_CAMPAIGN = "advocacy_campaigns.create";
    static final String UPDATE_CAMPAIGN = "advocacy_campaigns.update";
    static final String CREATE_OUTREACH = "outreaches.create";

    @Bean
    EntryPointLinks lettersEntryPointLinks() {
        return () -> List.of(new EntryPointLinks.Link("osdi:advocacy_campaigns", "/advocacy_campaigns",
                "The collection of advocacy campaigns in the system"));
    }

    @Bean
    BackgroundWrite advocacyCampaignsCreate(CampaignWrites writes) {
        return new BackgroundWrite(CREATE_CAMPAIGN, (workspaceId, ids, body) -> writes.create(workspaceId, body));
    }

    @Bean
    BackgroundWrite advocacyCampaignsUpdate(CampaignWrites writes) {
        return new BackgroundWrite(UPDATE_CAMPAIGN, (workspaceId, ids, body) -> writes.update(workspaceId,
                only(ids), body));
    }

    @Bean
    BackgroundWrite outreachesCreate(OutreachWrites writes) {
        return new BackgroundWrite(CREATE_OUTREACH, (workspaceId, ids, body) -> writes.create(workspaceId, only(ids),
                body));
    }

    private static String only(List<String> ids) {
        if (ids.size() != 1) {
            throw ApiException.badRequest("This request names the wrong resource.");
        }
        return ids.getFirst();
    }
}
