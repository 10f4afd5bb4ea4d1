package org.convoca.actions.signon;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A coalition sign-on letter: to whom, until when, who may sign, whether staff approve each signature before it
 * is listed, and its texts per language.
 *
 * @param deadline when signing closes; null for no deadline
 */
public record SignonLetter(UUID id, UUID workspaceId, String slug, LetterStatus status, String addressee,
        Instant deadline, Signers signers, boolean moderated, boolean groupByScope, String defaultLanguage,
        Map<String, LetterText> texts, Instant createdAt, Instant modifiedAt) {

    /** Who may sign a letter. */
    public enum Signers {
        ORGANIZATIONS, INDIVIDUALS, BOTH;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Signers> parse(String s) {
            return java.util.Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
        }

        public boolean organizations() {
            return this != INDIVIDUALS;
        }

        public boolean individuals() {
            return this != ORGANIZATIONS;
        }
    }

    public SignonLetter {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
        signers = signers == null ? Signers.BOTH : signers;
        status = status == null ? LetterStatus.DRAFT : status;
    }

    /** The text in that language, else in the letter's default language, else any. */
    public LetterText text(String language) {
        LetterText t = texts.get(language);
        if (t == null) {
            t = texts.get(defaultLanguage);
        }
        return t != null ? t : texts.values().stream().findFirst().orElse(LetterText.EMPTY);
    }

    public String title() {
        return text(defaultLanguage).title();
    }

    /** Languages in a fixed order: the default first. */
    public List<String> languages() {
        return LetterLimits.LANGUAGES.stream().filter(texts::containsKey)
                .sorted((a, b) -> a.equals(defaultLanguage) ? -1 : b.equals(defaultLanguage) ? 1 : 0).toList();
    }

    public boolean isPublic() {
        return status != LetterStatus.DRAFT;
    }

    /** Whether a signature made now is taken: published, not closed, and before the deadline. */
    public boolean isOpen(Instant now) {
        return status == LetterStatus.OPEN && !pastDeadline(now);
    }

    public boolean pastDeadline(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
