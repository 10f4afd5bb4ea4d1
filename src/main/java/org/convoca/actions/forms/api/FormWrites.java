package org.convoca.actions.forms.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.InvalidFormException;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /forms} and {@code PUT /forms/{id}}: title and description, written into the form's main language.
 * A form made through the API is open at once, as Action Network's are; its questions are added by staff.
 */
@Service
class FormWrites {

    private final Forms forms;
    private final Workspaces workspaces;
    private final MessageSource messages;

    FormWrites(Forms forms, Workspaces workspaces, MessageSource messages) {
        this.forms = forms;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    Form find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> forms.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no form with the identifier "
                        + InlinePerson.shorten(id) + " in this workspace."));
    }

    Form create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ApiJson.text(json.get("title"), "title");
        if (title.isBlank()) {
            throw ApiException.badRequest("A form needs a title.");
        }
        String language = workspaces.findById(workspaceId).map(w -> w.defaultLanguage())
                .filter(PetitionLimits.LANGUAGES::contains).orElse("en");
        String slug = PetitionLimits.slugOf(title);
        Form draft = new Form(null, null, slug.equals("petition") ? "form" : slug, PetitionStatus.OPEN, language, "",
                json.has("origin_system") ? ApiJson.text(json.get("origin_system"), "origin_system") : "API",
                Map.of(language, new FormText(language, title, ApiJson.text(json.get("description"), "description"),
                        "", "")), List.of(), null, null);
        return refusedAsApiErrors(() -> forms.create(workspaceId, draft));
    }

    /** Fields that are absent stay as they are. */
    Form update(UUID workspaceId, String id, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Form old = find(workspaceId, id);
        FormText t = old.text(old.defaultLanguage());
        Map<String, FormText> texts = new LinkedHashMap<>(old.texts());
        texts.put(old.defaultLanguage(), new FormText(old.defaultLanguage(), field(json, "title", t.title()),
                field(json, "description", t.body()), t.consent(), t.thanks()));
        Form f = new Form(old.id(), old.workspaceId(), old.slug(), old.status(), old.defaultLanguage(),
                old.nextActionUrl(), field(json, "origin_system", old.originSystem()), texts, old.questions(),
                old.createdAt(), old.modifiedAt());
        return refusedAsApiErrors(() -> forms.update(f));
    }

    private static String field(JsonNode json, String name, String old) {
        return json.has(name) ? ApiJson.text(json.get(name), name) : old;
    }

    private Form refusedAsApiErrors(java.util.function.Supplier<Form> work) {
        try {
            return work.get();
        } catch (InvalidFormException e) {
            List<String> sentences = new ArrayList<>();
            e.problems().forEach((field, p) -> sentences.add(field.replaceAll("_(en|es)$", "")
                    .replace("body", "description") + ": " + messages.getMessage("forms.error." + p.key(),
                    new Object[] {p.limit()}, p.key(), Locale.ENGLISH)));
            throw ApiException.badRequest(String.join(" ", sentences));
        }
    }
}
