package org.convoca.workspace.setup;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convoca.shared.Slugs;
import org.convoca.workspace.Workspaces;
import org.convoca.workspace.staff.Emails;

/** What the first visitor fills in: the organization and the owner's account. Errors are message keys. */
public record SetupForm(String organization, String slug, String name, String email, String password) {

    static final int MIN_PASSWORD = 10;

    static SetupForm empty() {
        return new SetupForm("", "", "", "", "");
    }

    public SetupForm {
        organization = trim(organization);
        slug = trim(slug).toLowerCase(Locale.ROOT);
        name = trim(name);
        email = trim(email);
        password = password == null ? "" : password;
    }

    String slugOrDerived() {
        return slug.isEmpty() ? Slugs.of(organization, 63) : slug;
    }

    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (organization.isEmpty() || organization.length() > 200) {
            errors.put("organization", "setup.error.organization");
        }
        if (!Workspaces.isValidSlug(slugOrDerived())) {
            errors.put("slug", "setup.error.slug");
        }
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", "setup.error.name");
        }
        if (!Emails.isPlausible(email)) {
            errors.put("email", "setup.error.email");
        }
        if (password.length() < MIN_PASSWORD || password.length() > 1000) {
            errors.put("password", "setup.error.password");
        }
        return errors;
    }


    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
