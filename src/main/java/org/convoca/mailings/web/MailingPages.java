package org.convoca.mailings.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingStatistics;
import org.convoca.mailings.Tracking;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the mailing pages share: translating the domain's English problems, sentences for statuses, and a sent
 * mailing's status page.
 */
@Component
class MailingPages {

    private final MessageSource messages;
    private final MailingStatistics statistics;
    private final Tracking tracking;

    MailingPages(MessageSource messages, MailingStatistics statistics, Tracking tracking) {
        this.messages = messages;
        this.statistics = statistics;
        this.tracking = tracking;
    }

    /** Whether a mailing started now would be tracked. */
    boolean tracks(java.util.UUID workspaceId) {
        return tracking.on(workspaceId);
    }

    /** A mailing's status, with its statistics (and its links' clicks when tracked) when asked for. */
    StatusPage status(Mailing m, boolean withStatistics) {
        boolean tracked = tracking.tracked(m.workspaceId(), m.id());
        return new StatusPage(m, withStatistics ? statistics.of(m.workspaceId(), m.id()) : List.of(), tracked,
                withStatistics && tracked ? statistics.links(m.workspaceId(), m.id()) : List.of());
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
