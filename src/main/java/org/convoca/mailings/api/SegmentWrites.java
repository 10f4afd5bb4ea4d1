package org.convoca.mailings.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Segments;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Creating and changing segments through the API: {@code name}, {@code match} ("all" or "any") and
 * {@code conditions}, each {@code {"type": "has_tag", "value": ..., "exclude": false}}. A tag or list is named by
 * its identifier, its href or its name; a petition by its identifier or href. An update keeps what it leaves out.
 */
@Service
class SegmentWrites {

    private final Segments segments;
    private final Tags tags;
    private final Lists lists;

    SegmentWrites(Segments segments, Tags tags, Lists lists) {
        this.segments = segments;
        this.tags = tags;
        this.lists = lists;
    }

    Segment create(UUID workspaceId, JsonNode body) {
        JsonNode b = ApiJson.object(body, "");
        if (!b.has("name")) {
            throw ApiException.badRequest("A segment needs a name.");
        }
        return save(workspaceId, null, apply(workspaceId, Segment.draft("", true, List.of()), b));
    }

    Segment update(UUID workspaceId, String id, JsonNode body) {
        Segment current = find(workspaceId, id);
        return save(workspaceId, current.id(), apply(workspaceId, current, ApiJson.object(body, "")));
    }

    Segment find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> segments.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no segment with that identifier in this "
                        + "workspace."));
    }

    void delete(UUID workspaceId, String id) {
        Segment s = find(workspaceId, id);
        try {
            segments.delete(workspaceId, s.id());
        } catch (InvalidMailingException e) {
            throw new ApiException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private Segment save(UUID workspaceId, UUID id, Segment s) {
        try {
            return segments.save(workspaceId, id, s);
        } catch (InvalidMailingException e) {
            if (e.problems().containsKey("name.taken")) {
                throw new ApiException(HttpStatus.CONFLICT, e.problems().get("name.taken"));
            }
            List<String> sentences = new ArrayList<>();
            new java.util.TreeMap<>(e.problems()).forEach((key, sentence) -> sentences.add(
                    (key.startsWith("conditions.") ? "conditions[" + key.substring(11) + "]" : key) + ": " + sentence));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }

    private Segment apply(UUID workspaceId, Segment s, JsonNode b) {
        String name = b.has("name") ? ApiJson.text(b.get("name"), "name") : s.name();
        boolean all = s.matchAll();
        if (b.has("match")) {
            String match = ApiJson.text(b.get("match"), "match").strip().toLowerCase(Locale.ROOT);
            if (!match.equals("all") && !match.equals("any")) {
                throw ApiException.badRequest("match must be \"all\" or \"any\".");
            }
            all = match.equals("all");
        }
        List<Segment.Condition> conditions = s.conditions();
        if (b.has("conditions")) {
            List<JsonNode> list = ApiJson.array(b.get("conditions"), "conditions");
            if (list.size() > Segment.MAX_CONDITIONS) {
                throw ApiException.badRequest("conditions can hold at most " + Segment.MAX_CONDITIONS + " entries.");
            }
            conditions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                conditions.add(condition(workspaceId, ApiJson.object(list.get(i), "conditions[" + i + "]"),
                        "conditions[" + i + "]"));
            }
        }
        return Segment.draft(name, all, conditions);
    }

    private Segment.Condition condition(UUID workspaceId, JsonNode c, String path) {
        String typeName = ApiJson.text(c.get("type"), path + ".type").strip();
        SegmentJson.Type type = SegmentJson.type(typeName).orElseThrow(() -> ApiException.badRequest(path
                + ".type must be one of " + String.join(", ", SegmentJson.TYPES.stream().map(SegmentJson.Type::name)
                        .toList()) + "."));
        String value = ApiJson.text(c.get("value"), path + ".value").strip();
        if (value.length() > Segment.VALUE) {
            throw ApiException.badRequest(path + ".value can have at most " + Segment.VALUE + " characters.");
        }
        JsonNode exclude = c.get("exclude");
        if (exclude != null && !exclude.isNull() && !exclude.isBoolean()) {
            throw ApiException.badRequest(path + ".exclude must be true or false.");
        }
        return new Segment.Condition(type.kind(), type.negated(), resolve(workspaceId, type.kind(), value),
                exclude != null && exclude.asBoolean(false));
    }

    /** A tag or list by identifier, href or name; anything else is kept as sent, for the rules to judge. */
    private String resolve(UUID workspaceId, Segment.Kind kind, String value) {
        if (!kind.namesRecord()) {
            return value;
        }
        return Identifiers.parse(value).map(UUID::toString).orElseGet(() -> switch (kind) {
            case TAG -> tags.findByName(workspaceId, value).map(t -> t.id().toString()).orElse(value);
            case LIST -> lists.findByName(workspaceId, value).map(l -> l.id().toString()).orElse(value);
            default -> value;
        });
    }
}
