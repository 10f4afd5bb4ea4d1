package org.convoca.actions.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionStatus;
import org.springframework.stereotype.Component;

/** Makes open forms for tests through the module's own repositories. */
@Component
public class TestForms {

    private final Forms forms;
    private final FormQuestions questions;

    TestForms(Forms forms, FormQuestions questions) {
        this.forms = forms;
        this.questions = questions;
    }

    /**
     * An open survey in English and Spanish with one question of each kind: a required short text, a long text, a
     * required single choice, a multiple choice and a checkbox.
     */
    public Form survey(UUID workspaceId, String slug) {
        Map<String, FormText> texts = new LinkedHashMap<>();
        texts.put("en", new FormText("en", "Know your rights survey", "Tell us **what you need**.", "", ""));
        texts.put("es", new FormText("es", "Encuesta conozca sus derechos", "Cuéntenos **qué necesita**.", "", ""));
        Form f = forms.create(workspaceId, new Form(null, null, slug, PetitionStatus.OPEN, "en", "", "Convoca", texts,
                List.of(), null, null));
        add(f, QuestionKind.SHORT_TEXT, true, "Your city", "Su ciudad", List.of(), List.of());
        add(f, QuestionKind.LONG_TEXT, false, "Your story", "Su historia", List.of(), List.of());
        add(f, QuestionKind.SINGLE_CHOICE, true, "Can you attend?", "¿Puede asistir?", List.of("Yes", "No"),
                List.of("Sí", "No"));
        add(f, QuestionKind.MULTIPLE_CHOICE, false, "Languages", "Idiomas", List.of("English", "Spanish", "K'iche'"),
                List.of("Inglés", "Español", "K'iche'"));
        add(f, QuestionKind.CHECKBOX, false, "I can volunteer", "Puedo ser voluntaria o voluntario", List.of(),
                List.of());
        return forms.find(workspaceId, f.id()).orElseThrow();
    }

    private void add(Form f, QuestionKind kind, boolean required, String en, String es, List<String> enChoices,
            List<String> esChoices) {
        Map<String, QuestionText> texts = new LinkedHashMap<>();
        texts.put("en", new QuestionText("en", en, enChoices));
        texts.put("es", new QuestionText("es", es, esChoices));
        questions.add(forms.find(f.workspaceId(), f.id()).orElseThrow(), new Question(null, kind, required, texts));
    }
}
