package org.convoca.people.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.convoca.people.Consents;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.Person;
import org.convoca.people.PersonLimits;
import org.convoca.people.PostalAddress;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fills a workspace with fictional supporters and partner organizations, the same ones on every run. */
@Component
class DemoData {

    static final int PEOPLE = 2000;
    static final int ORGANIZATIONS = 40;
    private static final String CONSENT_ES = "Sí, quiero recibir noticias y alertas de la coalición por correo.";
    private static final String CONSENT_EN = "Yes, send me news and alerts from the coalition by email.";

    private final People people;
    private final Tags tags;
    private final Lists lists;
    private final Consents consents;
    private final JdbcClient jdbc;

    DemoData(People people, Tags tags, Lists lists, Consents consents, JdbcClient jdbc) {
        this.people = people;
        this.tags = tags;
        this.lists = lists;
        this.consents = consents;
        this.jdbc = jdbc;
    }

    List<UUID> supporters(UUID workspaceId) {
        SplittableRandom random = new SplittableRandom(2025);
        List<UUID> tagIds = new ArrayList<>();
        for (String t : DemoNames.TAGS) {
            tagIds.add(tags.ensure(workspaceId, t).id());
        }
        List<UUID> listIds = new ArrayList<>();
        for (String l : DemoNames.LISTS) {
            listIds.add(lists.ensure(workspaceId, l, "").id());
        }
        List<UUID> ids = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            Person p = people.create(workspaceId, person(i, random));
            ids.add(p.id());
            for (int t = random.nextInt(3); t > 0; t--) {
                tags.tag(workspaceId, tagIds.get(random.nextInt(tagIds.size())), p.id());
            }
            if (random.nextInt(3) == 0) {
                lists.add(workspaceId, listIds.get(random.nextInt(listIds.size())), p.id());
            }
            if (p.emailStatus() == EmailStatus.SUBSCRIBED) {
                consents.record(workspaceId, p.id(), p.language().equals("es") ? CONSENT_ES : CONSENT_EN,
                        "Demo sign-up form");
            }
        }
        return ids;
    }

    private static Person person(int i, SplittableRandom r) {
        boolean spanish = r.nextInt(100) < 60;
        String given = pick(r, spanish ? DemoNames.GIVEN_ES : DemoNames.GIVEN_EN);
        String family = pick(r, spanish ? DemoNames.FAMILY_ES : DemoNames.FAMILY_EN);
        if (i < DemoNames.RIGHT_TO_LEFT.length) {
            given = DemoNames.RIGHT_TO_LEFT[i][0];
            family = DemoNames.RIGHT_TO_LEFT[i][1];
        } else if (r.nextInt(60) == 0) {
            given += pick(r, DemoNames.EMOJI);
        }
        // Names in Arabic or Hebrew leave no Latin letters, and a lone "." is no address a mailer accepts.
        String local = PersonLimits.searchable(given + "." + family).replaceAll("[^a-z.]", "")
                .replaceAll("\\.{2,}", ".").replaceAll("^\\.|\\.$", "");
        String email = (local.isEmpty() ? "supporter" : local) + i + "@example." + pick(r, "org", "com", "net");
        String[] place = DemoNames.PLACES[r.nextInt(DemoNames.PLACES.length)];
        String street = (100 + r.nextInt(9000)) + " " + pick(r, DemoNames.STREETS);
        int s = r.nextInt(100);
        EmailStatus status = s < 90 ? EmailStatus.SUBSCRIBED : s < 96 ? EmailStatus.UNSUBSCRIBED
                : s < 99 ? EmailStatus.BOUNCING : EmailStatus.SPAM_COMPLAINT;
        String phone = r.nextInt(10) < 4 ? String.format(Locale.ROOT, "+1 915 555 01%02d", r.nextInt(100)) : null;
        String language = r.nextInt(10) < 8 == spanish ? "es" : "en";
        return new Person(null, null, given, family, email, status, phone,
                new PostalAddress(street, place[0], place[1], place[2], "US"), language, "Demo data",
                r.nextInt(5) == 0 ? Map.of("preferred contact", pick(r, "email", "phone", "WhatsApp")) : Map.of(),
                null, null);
    }

    /** Partner organizations, written directly until the organizations module offers a repository. */
    void organizations(UUID workspaceId, List<UUID> supporters) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SplittableRandom r = new SplittableRandom(40);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            String kind = DemoNames.ORG_KINDS[i % DemoNames.ORG_KINDS.length];
            String name = kind + " " + DemoNames.ORG_PLACES[i / DemoNames.ORG_KINDS.length];
            String slug = PersonLimits.searchable(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String aliases = name.chars().filter(Character::isUpperCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String[] place = DemoNames.PLACES[r.nextInt(DemoNames.PLACES.length)];
            UUID id = Ids.newId();
            jdbc.sql("""
                    INSERT INTO organizations (id, workspace_id, name, aliases, website, locality, region, country,
                    scope, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'US', ?, ?, ?)""")
                    .params(id, workspaceId, name, aliases, "https://" + slug + ".example.org", place[0], place[1],
                            i % 10 == 0 ? "national" : i % 3 == 0 ? "state" : "local", now, now)
                    .update();
            jdbc.sql("INSERT INTO organization_contacts (organization_id, person_id, workspace_id) VALUES (?, ?, ?)")
                    .params(id, supporters.get(r.nextInt(supporters.size())), workspaceId).update();
        }
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
