package org.convoca.actions.letters;

import org.convoca.actions.PetitionLimits;

/**
 * A campaign's words in one language: the title and why it matters (Markdown) for the page, the suggested letter's
 * subject and text, the consent text shown at the form and the thank-you text.
 */
public record LetterText(String language, String title, String body, String subject, String letter, String consent,
        String thanks) {

    public static final int SUBJECT = 300;
    public static final int LETTER = 10_000;

    public LetterText {
        title = PetitionLimits.clean(title);
        body = PetitionLimits.cleanBlock(body);
        subject = PetitionLimits.clean(subject);
        letter = PetitionLimits.cleanBlock(letter);
        consent = PetitionLimits.cleanBlock(consent);
        thanks = PetitionLimits.cleanBlock(thanks);
    }

    public boolean isEmpty() {
        return title.isEmpty() && body.isEmpty() && subject.isEmpty() && letter.isEmpty() && consent.isEmpty()
                && thanks.isEmpty();
    }
}
