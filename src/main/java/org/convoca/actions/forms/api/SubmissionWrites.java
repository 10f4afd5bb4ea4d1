package org.convoca.actions.forms.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormAnswers;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.SubmissionRequest;
import org.convoca.actions.forms.Submissions;
import org.convoca.actions.forms.SubmitResult;
import org.convoca.actions.forms.Submitting;
import org.convoca.actions.forms.Submission;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /forms/{id}/submissions}: with an inline {@code person} it is the record submission helper (the
 * person found by email or added, {@code add_tags} put on them); with {@code _links.osdi:person} it records a
 * submission by someone already in the system. Answers go in {@code convoca:answers}, an object from question id to
 * the answer (an array for a multiple choice). A client's answers replace earlier ones; required questions are the
 * public form's business, not a script's.
 */
@Service
class SubmissionWrites {

    static final int MAX_TAGS = 100;

    private final FormWrites forms;
    private final Submissions submissions;
    private final Submitting submitting;
    private final People people;

    SubmissionWrites(FormWrites forms, Submissions submissions, Submitting submitting, People people) {
        this.forms = forms;
        this.submissions = submissions;
        this.submitting = submitting;
        this.people = people;
    }

    SubmitResult create(UUID workspaceId, String formId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Form form = forms.find(workspaceId, formId);
        String source = InlinePerson.source(json);
        List<String> tags = InlinePerson.tags(json, MAX_TAGS);
        Map<UUID, String> answers = answers(form, json.get("convoca:answers"));
        Person person = InlinePerson.of(json, source, "submission", id -> people.find(workspaceId, id));
        String language = form.texts().containsKey(person.language()) ? person.language() : form.defaultLanguage();
        try {
            return submitting.submit(form, new SubmissionRequest(person, language, answers, source, null, tags, true,
                    InlinePerson.autoresponse(json), Map.of()));
        } catch (InvalidPersonException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    Submission find(UUID workspaceId, Form form, String id) {
        return Identifiers.parse(id).flatMap(uuid -> submissions.find(workspaceId, uuid))
                .filter(s -> s.formId().equals(form.id()))
                .orElseThrow(() -> ApiException.notFound("There is no submission with the identifier "
                        + InlinePerson.shorten(id) + " on this form."));
    }

    private static Map<UUID, String> answers(Form form, JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        ApiJson.object(node, "convoca:answers");
        if (node.size() > form.questions().size()) {
            throw ApiException.badRequest("convoca:answers names more questions than the form has.");
        }
        Map<UUID, List<String>> given = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String path = "convoca:answers." + InlinePerson.shorten(e.getKey());
            Question q = Identifiers.parse(e.getKey()).flatMap(id -> form.questions().stream()
                    .filter(x -> x.id().equals(id)).findFirst())
                    .orElseThrow(() -> ApiException.badRequest(path + " is not a question of this form."));
            given.put(q.id(), e.getValue().isArray() ? ApiJson.texts(e.getValue(), path, 60)
                    : List.of(ApiJson.text(e.getValue(), path)));
        }
        FormAnswers.Checked checked = FormAnswers.check(form, given);
        Map<String, String> wrong = checked.problems().entrySet().stream()
                .filter(p -> !p.getValue().key().equals("required") && given.containsKey(UUID.fromString(
                        p.getKey().substring(2))))
                .collect(Collectors.toMap(Map.Entry::getKey, p -> p.getValue().key()));
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest(wrong.entrySet().stream().map(p -> "convoca:answers." + p.getKey()
                    .substring(2) + ": " + switch (p.getValue()) {
                        case "too-long" -> "the answer is too long.";
                        case "one-choice" -> "give only one choice.";
                        default -> "not one of the question's choices.";
                    }).collect(Collectors.joining(" ")));
        }
        return checked.answers();
    }
}
