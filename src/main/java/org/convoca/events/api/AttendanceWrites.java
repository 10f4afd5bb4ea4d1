package org.convoca.events.api;

import java.util.List;
import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.Registering;
import org.convoca.events.Registration;
import org.convoca.events.RegistrationRequest;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.PersonLimits;
import org.convoca.people.Person;
import org.convoca.people.Tags;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /events/{id}/attendances}: with an inline {@code person} it is the record attendance helper (the
 * person found by email or added, then registered — or wait-listed when every seat is taken — with the
 * confirmation mail that goes with it, and {@code add_tags} put on them); with {@code _links.osdi:person} it
 * registers someone already in the workspace. Registering twice keeps one registration.
 */
@Service
class AttendanceWrites {

    static final int MAX_TAGS = 100;

    private final EventWrites events;
    private final Registering registering;
    private final People people;
    private final Tags tags;
    private final TransactionTemplate tx;

    AttendanceWrites(EventWrites events, Registering registering, People people, Tags tags, TransactionTemplate tx) {
        this.events = events;
        this.registering = registering;
        this.people = people;
        this.tags = tags;
        this.tx = tx;
    }

    Registration create(UUID workspaceId, String eventId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        Event event = events.find(workspaceId, eventId);
        String origin = json.has("origin_system") ? EventLimits.clean(ApiJson.text(json.get("origin_system"),
                "origin_system")) : "";
        String source = origin.isBlank() ? "API" : origin.length() > 200 ? origin.substring(0, 200) : origin;
        List<String> toTag = ApiJson.texts(json.get("add_tags"), "add_tags", MAX_TAGS);
        for (String tag : toTag) {
            String clean = PersonLimits.clean(tag);
            if (clean.isEmpty() || clean.length() > Tags.NAME) {
                throw ApiException.badRequest("Each of add_tags needs 1 to " + Tags.NAME + " characters.");
            }
        }
        Person person;
        if (json.has("person") && !json.get("person").isNull()) {
            person = ApiPerson.read(json.get("person"), source);
        } else {
            String href = ApiJson.linkHref(json, "osdi:person");
            if (href == null) {
                throw ApiException.badRequest("The request needs either person (the record attendance helper) or "
                        + "_links.osdi:person.href (a registration for someone already in the system).");
            }
            person = Identifiers.parse(href).flatMap(id -> people.find(workspaceId, id))
                    .orElseThrow(() -> ApiException.badRequest("_links.osdi:person names no person in this "
                            + "workspace: " + EventWrites.shorten(href)));
            if (person.email() == null) {
                throw ApiException.badRequest("This person has no email address, which registration needs.");
            }
        }
        String language = EventLimits.LANGUAGES.contains(person.language()) ? person.language()
                : event.defaultLanguage();
        Registering.Outcome outcome;
        try {
            outcome = registering.register(event, new RegistrationRequest(person, language, List.of(), null, source));
        } catch (InvalidPersonException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.badRequest("This event does not take registrations now: it is over, cancelled or "
                    + "postponed, or registration has not opened yet.");
        }
        if (!toTag.isEmpty()) {
            UUID personId = outcome.person().id();
            tx.executeWithoutResult(s -> toTag.forEach(name -> tags.tag(workspaceId,
                    tags.ensure(workspaceId, name).id(), personId)));
        }
        return outcome.registration();
    }
}
