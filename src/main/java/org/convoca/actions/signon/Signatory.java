package org.convoca.actions.signon;

import java.util.List;
import java.util.UUID;

/**
 * One line of a letter's public signatory list: an organization under its listed spelling, with the other
 * spellings it signed under as aliases, or an individual with title and affiliation.
 *
 * @param id the listing for an organization, the signature for an individual
 */
public record Signatory(UUID id, boolean organization, String name, List<String> aliases, String locality,
        String region, String scope, String title, String affiliation) {

    public Signatory {
        aliases = List.copyOf(aliases);
    }
}
