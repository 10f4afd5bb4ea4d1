package org.convoca.actions.signon;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Makes open sign-on letters for tests through the module's own repository. */
@Component
public class TestLetters {

    private final SignonLetters letters;

    TestLetters(SignonLetters letters) {
        this.letters = letters;
    }

    /** An open letter in English and Spanish that organizations and individuals may sign. */
    public SignonLetter open(UUID workspaceId, String slug) {
        return open(workspaceId, slug, SignonLetter.Signers.BOTH, false, null);
    }

    public SignonLetter open(UUID workspaceId, String slug, SignonLetter.Signers signers, boolean moderated,
            Instant deadline) {
        Map<String, LetterText> texts = new LinkedHashMap<>();
        texts.put("en", new LetterText("en", "End the raids", "We, the undersigned, **urge** you to act.",
                "Stop workplace raids\nRelease detained parents", "", ""));
        texts.put("es", new LetterText("es", "Alto a las redadas", "Las organizaciones firmantes le **pedimos**.",
                "Detener las redadas\nLiberar a madres y padres detenidos", "", ""));
        return letters.create(workspaceId, new SignonLetter(null, null, slug, LetterStatus.OPEN, "Governor Núñez",
                deadline, signers, moderated, false, "en", texts, null, null));
    }

    public SignonLetter update(SignonLetter changed) {
        return letters.update(changed);
    }
}
