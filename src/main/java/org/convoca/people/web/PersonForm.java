package org.convoca.people.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.convoca.people.EmailStatus;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.springframework.util.MultiValueMap;

/**
 * The add and edit form of a person, as typed: kept verbatim so that a refused form comes back with every
 * character where the person left it. Custom fields are rows of name and value; a row is removed by ticking it.
 */
public record PersonForm(String givenName, String familyName, String email, String emailStatus, String phone,
        String addressLines, String locality, String region, String postalCode, String country, String language,
        String source, List<FieldRow> fields) {

    /** One custom field row of the form. */
    public record FieldRow(String name, String value) {
    }

    /** Fields that must fit on one line: a line break in a name could end up in a mail header. */
    private static final List<String> ONE_LINE = List.of("given_name", "family_name", "email", "phone", "locality",
            "region", "postal_code", "country", "language", "source");

    static PersonForm empty() {
        return new PersonForm("", "", "", EmailStatus.SUBSCRIBED.wire(), "", "", "", "", "", "", "", "",
                List.of());
    }

    static PersonForm of(Person p) {
        List<FieldRow> rows = new ArrayList<>();
        p.customFields().forEach((name, value) -> rows.add(new FieldRow(name, value)));
        return new PersonForm(p.givenName(), p.familyName(), p.email() == null ? "" : p.email(),
                p.emailStatus().wire(), p.phone() == null ? "" : p.phone(), p.address().addressLines(),
                p.address().locality(), p.address().region(), p.address().postalCode(), p.address().country(),
                p.language(), p.source(), rows);
    }

    static PersonForm from(MultiValueMap<String, String> in) {
        List<String> names = in.getOrDefault("field_name", List.of());
        List<String> values = in.getOrDefault("field_value", List.of());
        Set<String> removed = new HashSet<>(in.getOrDefault("field_remove", List.of()));
        List<FieldRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size() && i <= PersonLimits.MAX_FIELDS + 1; i++) {
            String value = i < values.size() ? values.get(i) : "";
            if (!removed.contains(String.valueOf(i)) && !(names.get(i).isBlank() && value.isBlank())) {
                rows.add(new FieldRow(names.get(i), value));
            }
        }
        return new PersonForm(one(in, "given_name"), one(in, "family_name"), one(in, "email"),
                one(in, "email_status").isEmpty() ? EmailStatus.SUBSCRIBED.wire() : one(in, "email_status"), one(in, "phone"), one(in, "address_lines"), one(in, "locality"),
                one(in, "region"), one(in, "postal_code"), one(in, "country"), one(in, "language"),
                one(in, "source"), rows);
    }

    /** Problems that only the form can see (line breaks, a doubled custom field), keyed like PersonLimits'. */
    Map<String, String> formProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> values = values();
        for (String field : ONE_LINE) {
            String v = values.get(field);
            if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                problems.put(field, "people.error.one-line");
            }
        }
        if (EmailStatus.parse(emailStatus).isEmpty()) {
            problems.put("email_status", "people.error.email-status");
        }
        Set<String> seen = new HashSet<>();
        for (FieldRow row : fields) {
            if (!seen.add(PersonLimits.clean(row.name()))) {
                problems.put("custom_fields", "people.error.field-twice");
            }
        }
        if (fields.size() > PersonLimits.MAX_FIELDS) {
            problems.put("custom_fields", "people.error.too-many-fields");
        }
        return problems;
    }

    /** The person this form describes, on top of {@code base} (id and dates), or a new draft when null. */
    Person toPerson(Person base) {
        Map<String, String> custom = new TreeMap<>();
        fields.forEach(row -> custom.put(PersonLimits.clean(row.name()), PersonLimits.clean(row.value())));
        return new Person(base == null ? null : base.id(), base == null ? null : base.workspaceId(), givenName,
                familyName, email, EmailStatus.parse(emailStatus).orElse(EmailStatus.SUBSCRIBED), phone,
                new PostalAddress(addressLines, locality, region, postalCode, country), language, source, custom,
                base == null ? null : base.createdAt(), base == null ? null : base.modifiedAt());
    }

    private Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("given_name", givenName);
        v.put("family_name", familyName);
        v.put("email", email);
        v.put("phone", phone);
        v.put("locality", locality);
        v.put("region", region);
        v.put("postal_code", postalCode);
        v.put("country", country);
        v.put("language", language);
        v.put("source", source);
        return v;
    }

    private static String one(MultiValueMap<String, String> in, String name) {
        String v = in.getFirst(name);
        return v == null ? "" : v;
    }
}
