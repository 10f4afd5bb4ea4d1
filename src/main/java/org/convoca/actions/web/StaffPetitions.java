package org.convoca.actions.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.Petitions;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the staff petition pages share: finding a petition of the signed-in workspace, dates, wording. */
@Component
class StaffPetitions {

    private final Petitions petitions;
    private final Workspaces workspaces;
    private final MessageSource messages;

    StaffPetitions(Petitions petitions, Workspaces workspaces, MessageSource messages) {
        this.petitions = petitions;
        this.workspaces = workspaces;
        this.messages = messages;
    }

    /** Another workspace's petition and a made-up id get the same answer: nothing here. */
    Petition find(Staff staff, UUID id) {
        return petitions.find(staff.workspaceId(), id).orElseThrow(StaffPetitions::notFound);
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

    /** A field's problem in the reader's language. */
    String problem(Locale locale, PetitionLimits.Problem p) {
        return t(locale, "actions.error." + p.key(), p.limit());
    }
}
