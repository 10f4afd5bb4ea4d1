package org.convoca.actions.letters.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.web.Dates;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff letter pages share: finding a campaign of the signed-in workspace, dates, wording. */
@Component
class StaffLetters {

    private final LetterCampaigns campaigns;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StaffLetters(LetterCampaigns campaigns, Workspaces workspaces, MessageSource messages) {
        this.campaigns = campaigns;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    LetterCampaign find(Staff staff, UUID id) {
        return campaigns.find(staff.workspaceId(), id).orElseThrow(StaffLetters::notFound);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    Dates dates(Staff staff, Locale locale) {
        String zone = workspaces.findById(staff.workspaceId()).map(w -> w.timeZone()).orElse("UTC");
        try {
            return new Dates(ZoneId.of(zone), locale);
        } catch (DateTimeException e) {
            return new Dates(ZoneId.of("UTC"), locale);
        }
    }

    String defaultLanguage(Staff staff) {
        String l = workspaces.findById(staff.workspaceId()).map(w -> w.defaultLanguage()).orElse("en");
        return PetitionLimits.LANGUAGES.contains(l) ? l : "en";
    }

    String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    Map<String, String> words(Map<String, PetitionLimits.Problem> problems, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        problems.forEach((field, p) -> words.put(field, t(locale, "letters.error." + p.key(), p.limit())));
        return words;
    }

    static long pageNumber(String page) {
        try {
            long n = Long.parseLong(page.strip());
            return n < 1 || n > 1_000_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
