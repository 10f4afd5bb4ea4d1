package org.convoca.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Makes open petitions for tests through the module's own repository. */
@Component
public class TestPetitions {

    private final Petitions petitions;

    TestPetitions(Petitions petitions) {
        this.petitions = petitions;
    }

    public Petition update(Petition p, Map<String, PetitionText> texts) {
        return petitions.update(new Petition(p.id(), p.workspaceId(), p.slug(), p.status(), p.target(), p.goal(),
                p.defaultLanguage(), p.showSigners(), p.hashtags(), p.nextActionUrl(), p.originSystem(), p.hasImage(),
                texts, p.createdAt(), p.modifiedAt()));
    }

    /** An open petition in English and Spanish, with a goal of 100. */
    public Petition open(UUID workspaceId, String slug) {
        Map<String, PetitionText> texts = new LinkedHashMap<>();
        texts.put("en", new PetitionText("en", "Protect DACA recipients", "Dreamers **belong** here.",
                "We ask you to protect DACA recipients.", "", "Thank you, you are amazing.", "Marchers"));
        texts.put("es", new PetitionText("es", "Protejan a los beneficiarios de DACA", "Los soñadores **pertenecen** aquí.",
                "Le pedimos que proteja a los beneficiarios de DACA.", "", "¡Gracias!", "Manifestantes"));
        return petitions.create(workspaceId, new Petition(null, null, slug, PetitionStatus.OPEN, "Governor Núñez", 100,
                "en", true, "DefendDACA HereToStay", "https://example.org/next", "Convoca", false, texts, null, null));
    }
}
