package org.convoca.actions.forms.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionKind;
import org.convoca.actions.forms.Submission;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/** A submission as Action Network's API shows one, with its answers under {@code convoca:answers}. */
final class SubmissionJson {

    private SubmissionJson() {
    }

    static Map<String, Object> of(Submission s, Form form, Map<UUID, String> answers, HalLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(s.id()));
        json.put("created_date", Hal.date(s.createdAt()));
        json.put("modified_date", Hal.date(s.modifiedAt()));
        json.put("origin_system", s.source().isEmpty() ? "Convoca" : s.source());
        json.put("action_network:person_id", s.personId().toString());
        json.put("action_network:form_id", s.formId().toString());
        List<Map<String, Object>> given = new ArrayList<>();
        if (form != null) {
            for (Question q : form.questions()) {
                String answer = answers.get(q.id());
                if (answer != null) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("question_id", q.id().toString());
                    a.put("question", q.text(form.defaultLanguage(), form.defaultLanguage()).label());
                    a.put("answer", q.kind() == QuestionKind.MULTIPLE_CHOICE ? List.of(answer.split("\n")) : answer);
                    given.add(a);
                }
            }
        }
        json.put("convoca:answers", given);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/forms/" + s.formId() + "/submissions/" + s.id()));
        linkMap.put("osdi:form", links.link("/forms/" + s.formId()));
        linkMap.put("osdi:person", links.link("/people/" + s.personId()));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
