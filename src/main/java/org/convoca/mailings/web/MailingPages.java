package org.convoca.mailings.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the mailing pages share: translating the domain's English problems, and sentences for statuses. */
@Component
class MailingPages {

    private final MessageSource messages;

    MailingPages(MessageSource messages) {
        this.messages = messages;
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The problems in the reader's language: Spanish has a sentence per kind of field under
     * {@code mailings.problem.<field>}; English keeps the domain's own, more precise sentence.
     */
    Map<String, String> problems(Locale locale, Map<String, String> english) {
        java.util.LinkedHashMap<String, String> result = new java.util.LinkedHashMap<>();
        english.forEach((key, sentence) -> {
            String kind = key.replaceAll("^(en|es)\\.", "").replaceAll("\\.\\d+$", "");
            result.put(key, messages.getMessage("mailings.problem." + kind, null, sentence, locale));
        });
        return result;
    }
}
