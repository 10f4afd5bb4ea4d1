package org.convoca.mailings;

import java.util.function.Function;

/**
 * What surrounds every mailing of a workspace: its name and postal address, its wrapper, where its public pages
 * are, and the footer's words in the version's language.
 */
record Letterhead(String baseUrl, String slug, String workspaceName, String postalAddress, Wrapper wrapper,
        Function<String, String> words) {

    String imageUrl(java.util.UUID imageId) {
        return baseUrl + "/" + slug + "/newsletter-images/" + imageId;
    }
}
