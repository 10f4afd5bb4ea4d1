package org.convoca.people.api;

import java.util.List;
import org.convoca.api.ApiException;
import org.convoca.api.BackgroundWrite;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the people module publishes through the API: its entry point links and its background writes. */
@Configuration(proxyBeanMethods = false)
class PeopleApiConfiguration {

    static final String SIGNUP = "people.signup";
    static final String UPDATE = "people.update";
    static final String CREATE_TAG = "tags.create";
    static final String TAG = "taggings.create";
    static final String UNTAG = "taggings.delete";

    @Bean
    EntryPointLinks peopleEntryPointLinks() {
        return () -> List.of(
                new EntryPointLinks.Link("osdi:people", "/people", "The collection of people in the system"),
                new EntryPointLinks.Link("osdi:tags", "/tags", "The collection of tags in the system"),
                new EntryPointLinks.Link("osdi:lists", "/lists", "The collection of lists in the system"),
                new EntryPointLinks.Link("osdi:person_signup_helper", "/people",
                        "The person signup helper for the system"));
    }

    @Bean
    BackgroundWrite peopleSignup(PersonWrites writes) {
        return new BackgroundWrite(SIGNUP, (workspaceId, ids, body) -> writes.signup(workspaceId, body));
    }

    @Bean
    BackgroundWrite peopleUpdate(PersonWrites writes) {
        return new BackgroundWrite(UPDATE, (workspaceId, ids, body) -> writes.update(workspaceId, only(ids), body));
    }

    @Bean
    BackgroundWrite tagsCreate(TagWrites writes) {
        return new BackgroundWrite(CREATE_TAG, (workspaceId, ids, body) -> writes.create(workspaceId, body));
    }

    @Bean
    BackgroundWrite taggingsCreate(TagWrites writes) {
        return new BackgroundWrite(TAG, (workspaceId, ids, body) -> writes.tag(workspaceId, only(ids), body));
    }

    @Bean
    BackgroundWrite taggingsDelete(TagWrites writes) {
        return new BackgroundWrite(UNTAG, (workspaceId, ids, body) -> writes.untag(workspaceId, ids.get(0),
                ids.get(1)));
    }

    private static String only(List<String> ids) {
        if (ids.size() != 1) {
            throw ApiException.badRequest("This request names the wrong resource.");
        }
        return ids.getFirst();
    }
}
