package org.convoca.people.api;

import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.Tag;
import org.convoca.people.Tagging;
import org.convoca.people.Tags;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Creating tags and putting them on people or taking them off, through the API. */
@Service
class TagWrites {

    private final Tags tags;
    private final People people;

    TagWrites(Tags tags, People people) {
        this.tags = tags;
        this.people = people;
    }

    /** {@code POST /tags}: a name the workspace already uses gives back that tag, as Action Network does. */
    Tag create(UUID workspaceId, JsonNode body) {
        JsonNode name = ApiJson.object(body, "").get("name");
        if (name == null || name.isNull()) {
            throw ApiException.badRequest("A tag needs a name.");
        }
        String text = ApiJson.text(name, "name");
        return PersonWrites.refusedAsApiErrors(() -> tags.ensure(workspaceId, text));
    }

    /** {@code POST /tags/{id}/taggings} with {@code _links.osdi:person.href}, on whatever host the href names. */
    Tagging tag(UUID workspaceId, String tagId, JsonNode body) {
        Tag tag = find(workspaceId, tagId);
        String href = ApiJson.linkHref(ApiJson.object(body, ""), "osdi:person");
        if (href == null) {
            throw ApiException.badRequest("A tagging needs _links.osdi:person.href, the link to the person to tag.");
        }
        Person person = Identifiers.parse(href).flatMap(id -> people.find(workspaceId, id))
                .orElseThrow(() -> ApiException.notFound("There is no person at " + PersonWrites.short40(href)
                        + " in this workspace."));
        return tags.tag(workspaceId, tag.id(), person.id());
    }

    /** {@code DELETE /tags/{id}/taggings/{tagging}}. */
    void untag(UUID workspaceId, String tagId, String taggingId) {
        Tagging t = tagging(workspaceId, tagId, taggingId);
        tags.untag(workspaceId, t.tagId(), t.personId());
    }

    Tag find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> tags.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no tag with the identifier "
                        + PersonWrites.short40(id) + " in this workspace."));
    }

    Tagging tagging(UUID workspaceId, String tagId, String taggingId) {
        Tag tag = find(workspaceId, tagId);
        return Identifiers.parse(taggingId).flatMap(uuid -> tags.findTagging(workspaceId, uuid))
                .filter(t -> t.tagId().equals(tag.id()))
                .orElseThrow(() -> ApiException.notFound("This tag has no tagging with the identifier "
                        + PersonWrites.short40(taggingId) + "."));
    }
}
