package org.convoca.actions.forms.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.actions.PetitionStatus;
import org.convoca.actions.forms.Form;
import org.convoca.actions.forms.FormText;
import org.convoca.actions.forms.Question;
import org.convoca.actions.forms.QuestionText;
import org.convoca.actions.web.Markdown;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;

/**
 * A form as Action Network's API shows one; {@code description} is the HTML the page shows. Its questions, which
 * Action Network keeps out of the API, are under {@code convoca:questions}.
 */
final class FormJson {

    private FormJson() {
    }

    /** @param site the address of the workspace's public pages, such as {@code https://host/unidos} */
    static Map<String, Object> of(Form f, long total, String site, HalLinks links) {
        FormText main = f.text(f.defaultLanguage());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("identifiers", Hal.identifiers(f.id()));
        json.put("origin_system", f.originSystem().isEmpty() ? "Convoca" : f.originSystem());
        json.put("created_date", Hal.date(f.createdAt()));
        json.put("modified_date", Hal.date(f.modifiedAt()));
        json.put("title", main.title());
        json.put("description", Markdown.html(main.body()));
        json.put("browser_url", site + "/forms/" + f.slug());
        json.put("total_submissions", total);
        json.put("action_network:hidden", f.status() == PetitionStatus.DRAFT);
        json.put("convoca:status", f.status().wire());
        json.put("convoca:language", f.defaultLanguage());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : f.questions()) {
            QuestionText t = q.text(f.defaultLanguage(), f.defaultLanguage());
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("id", q.id().toString());
            question.put("kind", q.kind().wire());
            question.put("required", q.required());
            question.put("label", t.label());
            if (q.kind().hasChoices()) {
                question.put("choices", t.choices());
            }
            questions.add(question);
        }
        json.put("convoca:questions", questions);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", links.link("/forms/" + f.id()));
        linkMap.put("osdi:submissions", links.link("/forms/" + f.id() + "/submissions"));
        linkMap.put("osdi:record_submission_helper", links.link("/forms/" + f.id() + "/submissions"));
        linkMap.put("curies", links.curies());
        json.put("_links", linkMap);
        return json;
    }
}
