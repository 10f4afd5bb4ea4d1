package org.convoca.actions.letters.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.api.InlinePerson;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterRequest;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.letters.LetterWriting;
import org.convoca.actions.letters.Outreach;
import org.convoca.actions.letters.Outreaches;
import org.convoca.actions.letters.WriteResult;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.people.InvalidPersonException;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /advocacy_campaigns/{id}/outreaches}: with an inline {@code person} it is the record outreach helper
 * (the person found by email or added, {@code add_tags} put on them); with {@code _links.osdi:person} it records an
 * outreach by someone already in the system. The targets are those who represent the person's postal address. As
 * on Action Network, an outreach recorded through the API is kept but no letter is emailed: a script cannot write
 * to officials in supporters' names.
 */
@Service
class OutreachWrites {

    static final int MAX_TAGS = 100;

    private final CampaignWrites campaigns;
    private final LetterWriting writing;
    private final Outreaches outreaches;
    private final People people;

    OutreachWrites(CampaignWrites campaigns, LetterWriting writing, Outreaches outreaches, People people) {
        this.campaigns = campaigns;
        this.writing = writing;
        this.outreaches = outreaches;
        this.people = people;
    }

    WriteResult create(UUID workspaceId, String campaignId, JsonNode body) {
        JsonNode json = ApiJson.object(body, "");
        LetterCampaign c = campaigns.find(workspaceId, campaignId);
        String source = InlinePerson.source(json);
        List<String> tags = InlinePerson.tags(json, MAX_TAGS);
        Person person = InlinePerson.of(json, source, "outreach", id -> people.find(workspaceId, id));
        String language = c.texts().containsKey(person.language()) ? person.language() : c.defaultLanguage();
        LetterText text = c.text(language);
        String subject = json.has("subject") ? ApiJson.text(json.get("subject"), "subject") : text.subject();
        String message = json.has("message") ? ApiJson.text(json.get("message"), "message") : text.letter();
        if (subject.length() > LetterText.SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            throw ApiException.badRequest("subject must be one line of at most " + LetterText.SUBJECT
                    + " characters.");
        }
        if (message.length() > LetterText.LETTER) {
            throw ApiException.badRequest("message is longer than " + LetterText.LETTER + " characters.");
        }
        try {
            return writing.write(c, new LetterRequest(person, language, person.address().region(),
                    person.address().postalCode(), subject, message, source, null, tags, true, false,
                    InlinePerson.autoresponse(json), Map.of()));
        } catch (InvalidPersonException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    Outreach find(UUID workspaceId, LetterCampaign c, String id) {
        return Identifiers.parse(id).flatMap(uuid -> outreaches.find(workspaceId, uuid))
                .filter(o -> o.campaignId().equals(c.id()))
                .orElseThrow(() -> ApiException.notFound("There is no outreach with the identifier "
                        + InlinePerson.shorten(id) + " on this advocacy campaign."));
    }
}
