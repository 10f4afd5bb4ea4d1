package org.convoca.people.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convoca.people.Organization;

/** The organization form as typed, kept verbatim for when it comes back refused. */
public record OrganizationForm(String name, String aliases, String website, String locality, String region,
        String country, String scope) {

    public OrganizationForm {
        name = name == null ? "" : name;
        aliases = aliases == null ? "" : aliases;
        website = website == null ? "" : website;
        locality = locality == null ? "" : locality;
        region = region == null ? "" : region;
        country = country == null ? "" : country;
        scope = scope == null ? "" : scope;
    }

    static OrganizationForm empty() {
        return new OrganizationForm("", "", "", "", "", "", Organization.Scope.LOCAL.wire());
    }

    static OrganizationForm of(Organization o) {
        return new OrganizationForm(o.name(), o.aliases(), o.website(), o.locality(), o.region(), o.country(),
                o.scope().wire());
    }

    Organization toOrganization(Organization base) {
        Organization.Scope s = Organization.Scope.parse(scope).orElse(Organization.Scope.LOCAL);
        return base == null ? new Organization(null, null, name, aliases, website, locality, region, country, s,
                null, null)
                : new Organization(base.id(), base.workspaceId(), name, aliases, website, locality, region, country,
                        s, base.createdAt(), base.modifiedAt());
    }

    /** Problems in English, keyed by field; the scope is checked here since the record falls back to local. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>(toOrganization(null).problems());
        if (Organization.Scope.parse(scope).isEmpty()) {
            problems.put("scope", "The scope must be national, state or local.");
        }
        return problems;
    }
}
