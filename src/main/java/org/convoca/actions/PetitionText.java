package org.convoca.actions;

/**
 * A petition's words in one language: the title, why it matters ({@code body}, Markdown), the letter delivered
 * to the addressee, the consent text shown at the form, the thank-you text and the image's description.
 * Empty texts are empty strings, never null.
 */
public record PetitionText(String language, String title, String body, String letter, String consent, String thanks,
        String imageAlt) {

    public PetitionText {
        title = PetitionLimits.clean(title);
        body = PetitionLimits.cleanBlock(body);
        letter = PetitionLimits.cleanBlock(letter);
        consent = PetitionLimits.cleanBlock(consent);
        thanks = PetitionLimits.cleanBlock(thanks);
        imageAlt = PetitionLimits.clean(imageAlt);
    }

    public boolean isEmpty() {
        return title.isEmpty() && body.isEmpty() && letter.isEmpty() && consent.isEmpty() && thanks.isEmpty();
    }
}
