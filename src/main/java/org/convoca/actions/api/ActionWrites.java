package org.convoca.actions.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.convoca.actions.PetitionLimits;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the API's writes of petitions, forms and advocacy campaigns do alike: find the action a path names, read the
 * title a new one needs, start it in the workspace's language, keep what a {@code PUT} leaves out, and answer a
 * refusal to save with the field names the API's clients know, in English.
 */
@Component
public class ActionWrites {

    /**
     * How one kind of action refuses to be saved.
     *
     * @param area     the message bundle's prefix for the kind, such as {@code forms}
     * @param apiField the API's name for one of the kind's own fields, such as {@code description} for {@code body_en}
     */
    public record Refusal<E extends RuntimeException>(Class<E> type,
            Function<E, Map<String, PetitionLimits.Problem>> problems, String area, UnaryOperator<String> apiField) {
    }

    private final Workspaces workspaces;
    private final MessageSource messages;

    ActionWrites(Workspaces workspaces, MessageSource messages) {
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** The action the path names in this workspace, or 404 naming what is missing, such as {@code form}. */
    public static <A> A find(String id, Function<UUID, Optional<A>> find, String what) {
        return Identifiers.parse(id).flatMap(find).orElseThrow(() -> ApiException.notFound("There is no " + what
                + " with the identifier " + InlinePerson.shorten(id) + " in this workspace."));
    }

    /** The title a new action cannot do without; {@code missing} is the 400's sentence when it is blank. */
    public static String title(JsonNode json, String missing) {
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest(missing);
        }
        return title;
    }

    /** The system a new action is said to come from: {@code API} unless the client names its own. */
    public static String originSystem(JsonNode json) {
        return field(json, "origin_system", "API");
    }

    /** A field of the request; one it leaves out keeps {@code old}. */
    public static String field(JsonNode json, String name, String old) {
        return json.has(name) ? ApiJson.text(json.get(name), name) : old;
    }

    /** A text field's name for the API: no language suffix, and the body is the description. */
    public static String apiField(String field) {
        return field.replaceAll("_(en|es)$", "").replace("body", "description");
    }

    /** The language a new action starts in: the workspace's, if actions can be written in it. */
    public String language(UUID workspaceId) {
        return workspaces.findById(workspaceId).map(w -> w.defaultLanguage())
                .filter(PetitionLimits.LANGUAGES::contains).orElse("en");
    }

    /** What {@code save} saved; if the kind refuses, a 400 that says what is wrong field by field. */
    public <A, E extends RuntimeException> A saved(Refusal<E> refusal, Supplier<A> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (!refusal.type().isInstance(e)) {
                throw e;
            }
            List<String> sentences = new ArrayList<>();
            refusal.problems().apply(refusal.type().cast(e)).forEach((field, p) -> sentences.add(
                    refusal.apiField().apply(field) + ": " + messages.getMessage(refusal.area() + ".error." + p.key(),
                            new Object[] {p.limit()}, p.key(), Locale.ENGLISH)));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }
}
