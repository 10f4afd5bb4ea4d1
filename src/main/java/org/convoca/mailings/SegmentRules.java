package org.convoca.mailings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.Lists;
import org.convoca.people.Tags;
import org.convoca.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * What a segment must be: a name on one line, at most {@link Segment#MAX_CONDITIONS} conditions, and values that
 * name this workspace's own tags, lists and petitions. Problems are English sentences keyed by field: {@code name},
 * {@code conditions}, {@code conditions.<n>}.
 */
@Component
class SegmentRules {

    private final Tags tags;
    private final Lists lists;
    private final List<ActionTakers> actions;

    SegmentRules(Tags tags, Lists lists, List<ActionTakers> actions) {
        this.tags = tags;
        this.lists = lists;
        this.actions = actions;
    }

    Map<String, String> problems(UUID workspaceId, Segment s) {
        Map<String, String> p = new LinkedHashMap<>();
        if (s.name() != null && !name(s.name())) {
            p.put("name", "A segment needs a name of 1 to " + Segment.NAME + " characters on one line.");
        }
        if (s.conditions().size() > Segment.MAX_CONDITIONS) {
            p.put("conditions", "A segment can have at most " + Segment.MAX_CONDITIONS + " conditions.");
            return p;
        }
        for (int i = 0; i < s.conditions().size(); i++) {
            String problem = problem(workspaceId, s.conditions().get(i));
            if (problem != null) {
                p.put("conditions." + i, problem);
            }
        }
        return p;
    }

    private static boolean name(String name) {
        String n = name.strip();
        return !n.isEmpty() && n.length() <= Segment.NAME && n.codePoints().noneMatch(Character::isISOControl);
    }

    private String problem(UUID workspaceId, Segment.Condition c) {
        String v = c.value();
        if (v.length() > Segment.VALUE) {
            return "A condition's value can have at most " + Segment.VALUE + " characters.";
        }
        return switch (c.kind()) {
            case TAG -> Ids.parse(v).flatMap(id -> tags.find(workspaceId, id)).isPresent() ? null
                    : "There is no such tag in this workspace: choose one of its tags.";
            case LIST -> Ids.parse(v).flatMap(id -> lists.find(workspaceId, id)).isPresent() ? null
                    : "There is no such list in this workspace: choose one of its lists.";
            case SIGNED_PETITION, ATTENDED_EVENT -> Ids.parse(v).flatMap(id -> actions.stream()
                    .filter(a -> a.kind() == c.kind()).findFirst().flatMap(a -> a.find(workspaceId, id))).isPresent()
                    ? null : c.kind() == Segment.Kind.ATTENDED_EVENT
                    ? "There is no such event in this workspace: choose one of its events."
                    : "There is no such petition in this workspace: choose one of its petitions.";
            case LANGUAGE -> v.matches("[a-zA-Z]{2,3}") ? null : "A language is a code such as en or es.";
            case REGION -> v.isEmpty() || v.length() > 100 ? "A region needs 1 to 100 characters." : null;
            case POSTAL_CODE -> v.isEmpty() || v.length() > 20 ? "A postal code needs 1 to 20 characters." : null;
            case CREATED_SINCE, CREATED_BEFORE -> date(v) ? null : "A date is written as 2025-01-31.";
            case EMAIL_STATUS -> EmailStatus.parse(v).filter(s -> s.wire().equals(v)).isPresent() ? null
                    : "An email status is subscribed, unsubscribed, bouncing or spam_complaint.";
        };
    }

    private static boolean date(String v) {
        try {
            LocalDate d = LocalDate.parse(v);
            return d.getYear() >= 1900 && d.getYear() <= 9999;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
