package org.convoca.actions.signon;

import java.util.Map;
import java.util.UUID;
import org.convoca.people.Organization;
import org.convoca.people.Person;

/**
 * Someone signing a letter, for an organization or as an individual, and the exact consent text they were shown
 * (null when they saw no form: a signature recorded through the API).
 *
 * @param organization the organization signing; null for an individual
 * @param signer       the individual, or the organization's contact person (never published), found by email
 * @param title        the signer's title or role
 * @param affiliation  an individual's affiliation, listed "for identification only"
 * @param trusted      whether the details may overwrite what the workspace knows about the person (the API with
 *                     the workspace's own key) or only fill in what is missing (a public form)
 * @param optIns       the co-sponsors the signer opted in to, with the text of each box as shown
 * @param autoresponse whether a first signature gets the letter's confirmation email, if it has one turned on
 */
public record SignOn(OrgDetails organization, Person signer, String title, String affiliation, String language,
        String consentText, String source, boolean trusted, Map<UUID, String> optIns, boolean autoresponse) {

    /** An organization as it signs: the name as typed, where it works, and how far. */
    public record OrgDetails(String name, String locality, String region, Organization.Scope scope, String website) {
        public OrgDetails {
            name = LetterLimits.clean(name);
            locality = LetterLimits.clean(locality);
            region = LetterLimits.clean(region);
            website = LetterLimits.clean(website);
        }
    }

    public SignOn {
        title = LetterLimits.clean(title);
        affiliation = LetterLimits.clean(affiliation);
        source = LetterLimits.clean(source);
        optIns = optIns == null ? Map.of() : Map.copyOf(optIns);
    }

    public boolean isOrganization() {
        return organization != null;
    }
}
