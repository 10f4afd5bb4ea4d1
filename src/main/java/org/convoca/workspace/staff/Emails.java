package org.convoca.workspace.staff;

import java.util.regex.Pattern;
import org.convoca.mail.OutgoingEmail;

/**
 * A sanity check of an email address: one @, a dot in the domain, no spaces or line breaks, and an address the
 * mailer will accept, so that an account never exists that cannot be written to.
 */
public final class Emails {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    public static boolean isPlausible(String email) {
        return email != null && email.length() <= 320 && PLAUSIBLE.matcher(email).matches()
                && OutgoingEmail.isValidAddress(email);
    }
}
