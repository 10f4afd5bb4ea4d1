package org.convoca.actions.forms;

import org.convoca.actions.PetitionLimits;

/**
 * A form's words in one language: the title, its introduction (Markdown), the consent text shown at the form and
 * the thank-you text. Empty texts are empty strings.
 */
public record FormText(String language, String title, String body, String consent, String thanks) {

    public FormText {
        title = PetitionLimits.clean(title);
        body = PetitionLimits.cleanBlock(body);
        consent = PetitionLimits.cleanBlock(consent);
        thanks = PetitionLimits.cleanBlock(thanks);
    }

    public boolean isEmpty() {
        return title.isEmpty() && body.isEmpty() && consent.isEmpty() && thanks.isEmpty();
    }
}
