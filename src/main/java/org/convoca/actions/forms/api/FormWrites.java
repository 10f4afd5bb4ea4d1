package org.convoca.actions.forms.api;

import static org.convoca.actions.api.ActionWrites.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.api.ActionWrites;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.forms.Forms;
import org.convoca.actions.forms.InvalidFormException;
import org.convoca.api.ApiJson;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /forms} and {@code PUT /forms/{id}}: title and description, written into the form's main language.
 * A form made through the API is open at once, as Action Network's are; its questions are added by staff.
 */
@Service
class FormWrites {

    private static final ActionWrites.Refusal<InvalidFormException> REFUSAL = new ActionWrites.Refusal<>(
            InvalidFormException.class, InvalidFormException::problems, "forms", ActionWrites::apiField);

    private final Forms forms;
    private final ActionWrites writes;

    FormWrites(Forms forms, ActionWrites writes) {
        this.forms = forms;
        this.writes = writes;
    }

    Form find(UUID workspaceId, String id) {
        return ActionWrites.find(id, uuid -> forms.find(workspaceId, uuid), "form");
    }

    Form create(UUID workspaceId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        String title = ActionWrites.title(json, "A form needs a title.");
        String language = writes.language(workspaceId);
        String slug = PetitionLimits.slugOf(title);
        Form draft = new Form(null, null, slug.equals("petition") ? "form" : slug, PetitionStatus.OPEN, language, "",
                ActionWrites.originSystem(json), Map.of(language, new FormText(language, title,
                        ApiJson.text(json.get("description"), "description"), "", "")), List.of(), null, null);
        return writes.saved(REFUSAL, () -> forms.create(workspaceId, draft));
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
        return writes.saved(REFUSAL, () -> forms.update(f));
    }
}
