package org.convoca.workspace.setup;

import java.util.regex.Pattern;

/** A sanity check of an email address: one @, a dot in the domain, no spaces or line breaks. */
final class Emails {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    static boolean isPlausible(String email) {
        return email != null && email.length() <= 320 && PLAUSIBLE.matcher(email).matches();
    }
}
