package org.convoca.actions;

/**
 * A confirmation email's words in one language: a one-line subject and a plain-text body, both of which may hold
 * merge fields such as {@code {{given_name|friend}}}.
 */
public record AutoresponseText(String language, String subject, String body) {

    public static final int SUBJECT = 300;
    public static final int BODY = 10_000;

    public AutoresponseText {
        subject = PetitionLimits.clean(subject);
        body = PetitionLimits.cleanBlock(body);
    }

    public boolean isEmpty() {
        return subject.isEmpty() && body.isEmpty();
    }
}
