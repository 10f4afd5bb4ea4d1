package org.convoca.people.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.people.ListItem;
import org.convoca.people.PersonList;
import org.convoca.people.Tag;
import org.convoca.people.Tagging;

/** Tags, taggings, lists and list items as Action Network's API shows them. */
final class TagJson {

    private TagJson() {
    }

    static Map<String, Object> tag(Tag tag, HalLinks links) {
        Map<String, Object> json = dated(tag.id(), tag.createdAt(), tag.modifiedAt());
        json.put("name", tag.name());
        json.put("_links", linkMap(links, "self", "/tags/" + tag.id(), "osdi:taggings",
                "/tags/" + tag.id() + "/taggings"));
        return json;
    }

    static Map<String, Object> tagging(Tagging t, HalLinks links) {
        Map<String, Object> json = dated(t.id(), t.createdAt(), t.createdAt());
        json.put("item_type", "osdi:person");
        json.put("_links", linkMap(links, "self", "/tags/" + t.tagId() + "/taggings/" + t.id(),
                "osdi:tag", "/tags/" + t.tagId(), "osdi:person", "/people/" + t.personId()));
        return json;
    }

    static Map<String, Object> list(PersonList list, HalLinks links) {
        Map<String, Object> json = dated(list.id(), list.createdAt(), list.modifiedAt());
        json.put("name", list.name());
        json.put("title", list.name());
        json.put("description", list.description());
        json.put("_links", linkMap(links, "self", "/lists/" + list.id(), "osdi:items",
                "/lists/" + list.id() + "/items"));
        return json;
    }

    static Map<String, Object> item(ListItem item, HalLinks links) {
        Map<String, Object> json = dated(item.id(), item.createdAt(), item.createdAt());
        json.put("item_type", "osdi:person");
        json.put("_links", linkMap(links, "self", "/lists/" + item.listId() + "/items/" + item.id(),
                "osdi:list", "/lists/" + item.listId(), "osdi:person", "/people/" + item.personId()));
        return json;
    }

    private static Map<String, Object> dated(UUID id, Instant created, Instant modified) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(id));
        json.put("created_date", Hal.date(created));
        json.put("modified_date", Hal.date(modified));
        return json;
    }

    private static Map<String, Object> linkMap(HalLinks links, String... relsAndPaths) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < relsAndPaths.length; i += 2) {
            map.put(relsAndPaths[i], links.link(relsAndPaths[i + 1]));
        }
        map.put("curies", links.curies());
        return map;
    }
}
