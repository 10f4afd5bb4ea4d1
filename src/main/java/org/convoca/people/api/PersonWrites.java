package org.convoca.people.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.Activities;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The person signup helper and PUT: each runs in one transaction, so a refused request leaves nothing half
 * written, and each names what was wrong in a sentence the client receives.
 */
@Service
class PersonWrites {

    static final int MAX_NAMES = 100;

    private final People people;
    private final Tags tags;
    private final Lists lists;
    private final Activities activities;
    private final TransactionTemplate tx;

    PersonWrites(People people, Tags tags, Lists lists, Activities activities, TransactionTemplate tx) {
        this.people = people;
        this.tags = tags;
        this.lists = lists;
        this.activities = activities;
        this.tx = tx;
    }

    /** {@code POST /people}: finds the person by email address and updates them, or adds them. */
    Person signup(UUID workspaceId, JsonNode body) {
        JsonNode root = ApiJson.object(body, "");
        JsonNode json = ApiJson.requiredObject(root, "person", "person");
        List<String> addTags = ApiJson.texts(root.get("add_tags"), "add_tags", MAX_NAMES);
        List<String> addLists = ApiJson.texts(root.get("add_lists"), "add_lists", MAX_NAMES);
        String origin = root.has("origin_system") ? ApiJson.text(root.get("origin_system"), "origin_system") : "";
        Person draft = PersonMerge.apply(Person.draft(null, null, null), json, "person")
                .withSource(origin.isBlank() ? "API" : origin);
        Supplier<Person> once = () -> refusedAsApiErrors(() -> tx.execute(s -> {
            Optional<Person> existing = draft.email() == null ? Optional.empty()
                    : people.findByEmail(workspaceId, draft.email());
            Person saved = existing.map(old -> people.update(PersonMerge.apply(old, json, "person")))
                    .orElseGet(() -> people.create(workspaceId, draft));
            addTags.forEach(name -> tags.tag(workspaceId, tags.ensure(workspaceId, name).id(), saved.id()));
            addLists.forEach(name -> lists.add(workspaceId, lists.ensure(workspaceId, name, "").id(), saved.id()));
            activities.record(workspaceId, saved.id(), "api", existing.isPresent()
                    ? "Updated through the API signup helper" : "Signed up through the API");
            return saved;
        }));
        try {
            return once.get();
        } catch (ApiException e) {
            // Two signups with the same new address at once: the one that lost the race updates the other's person.
            if (draft.email() != null && people.findByEmail(workspaceId, draft.email()).isPresent()) {
                return once.get();
            }
            throw e;
        }
    }

    /** {@code PUT /people/{id}}: merges the body into the person. */
    Person update(UUID workspaceId, String id, JsonNode body) {
        ApiJson.object(body, "");
        return refusedAsApiErrors(() -> tx.execute(s -> {
            Person old = find(workspaceId, id);
            Person saved = people.update(PersonMerge.apply(old, body, ""));
            if (saved.emailStatus() != old.emailStatus()) {
                activities.record(workspaceId, saved.id(), "api", "Email status set to "
                        + PersonJson.wire(saved.emailStatus()) + " through the API");
            }
            return saved;
        }));
    }

    Person find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> people.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no person with the identifier " + short40(id)
                        + " in this workspace."));
    }

    static String short40(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The repositories refuse bad values with these exceptions; the client gets their sentence as a 400. */
    static <T> T refusedAsApiErrors(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidPersonException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
