package org.convoca.api;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reading request bodies field by field, so that a wrong type gets a sentence naming the field rather than a
 * parser's message. Fields are named by their path in the body, such as {@code person.email_addresses[0]}.
 */
public final class ApiJson {

    private ApiJson() {
    }

    /** The body itself, or a member of it, when it must be a JSON object. */
    public static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest(path.isEmpty() ? "The request body must be a JSON object."
                    : path + " must be a JSON object.");
        }
        return node;
    }

    /** A member that must be present and be an object. */
    public static JsonNode requiredObject(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw ApiException.badRequest("The request needs " + path + ", a JSON object.");
        }
        return object(node, path);
    }

    /**
     * A text member: a string, or a number or true/false written as text; JSON {@code null} reads as empty text,
     * which clients send to clear a field. Objects and arrays are refused.
     */
    public static String text(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw ApiException.badRequest(path + " must be text, not " + kind(node) + ".");
    }

    /** The elements of an array member; JSON {@code null} or an absent member reads as no elements. */
    public static List<JsonNode> array(JsonNode node, String path) {
        List<JsonNode> elements = new ArrayList<>();
        if (node == null || node.isNull()) {
            return elements;
        }
        if (!node.isArray()) {
            throw ApiException.badRequest(path + " must be an array, not " + kind(node) + ".");
        }
        node.values().forEach(elements::add);
        return elements;
    }

    /** The texts of an array of strings, such as {@code add_tags}, at most {@code max} of them. */
    public static List<String> texts(JsonNode node, String path, int max) {
        List<JsonNode> elements = array(node, path);
        if (elements.size() > max) {
            throw ApiException.badRequest(path + " can hold at most " + max + " entries.");
        }
        List<String> texts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            texts.add(text(elements.get(i), path + "[" + i + "]"));
        }
        return texts;
    }

    /** The {@code href} of a HAL link member such as {@code _links.osdi:person}, if the body has one. */
    public static String linkHref(JsonNode body, String rel) {
        JsonNode link = body.path("_links").path(rel);
        JsonNode href = link.isArray() ? link.path(0).path("href") : link.path("href");
        return href.isString() ? href.asString() : null;
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "this value";
    }
}
