package org.convoca.people.imports;

import java.util.HashMap;
import java.util.Map;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.PostalAddress;

/**
 * How an imported row changes someone already there: every non-empty imported value wins, empty cells keep
 * what was there, custom fields are set one by one, and the source stays where the person first came from.
 * An import never subscribes again someone who unsubscribed, bounced or complained: a spreadsheet is not consent.
 */
final class Merge {

    private Merge() {
    }

    static Person onto(Person base, Row.Ok row) {
        Person in = row.person();
        PostalAddress a = base.address();
        PostalAddress b = in.address();
        Map<String, String> fields = new HashMap<>(base.customFields());
        fields.putAll(in.customFields());
        return new Person(base.id(), base.workspaceId(), pick(in.givenName(), base.givenName()),
                pick(in.familyName(), base.familyName()), base.email(), status(base.emailStatus(), row.status()),
                in.phone() == null ? base.phone() : in.phone(),
                new PostalAddress(pick(b.addressLines(), a.addressLines()), pick(b.locality(), a.locality()),
                        pick(b.region(), a.region()), pick(b.postalCode(), a.postalCode()),
                        pick(b.country(), a.country())),
                pick(in.language(), base.language()), base.source().isEmpty() ? in.source() : base.source(), fields,
                base.createdAt(), base.modifiedAt());
    }

    static EmailStatus status(EmailStatus current, EmailStatus imported) {
        if (imported == null || (imported == EmailStatus.SUBSCRIBED && current != EmailStatus.SUBSCRIBED)) {
            return current;
        }
        return imported;
    }

    private static String pick(String imported, String current) {
        return imported.isEmpty() ? current : imported;
    }
}
