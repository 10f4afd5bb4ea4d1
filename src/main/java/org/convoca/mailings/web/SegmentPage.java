package org.convoca.mailings.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.ActionTakers;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Segments;
import org.convoca.people.EmailStatus;
import org.convoca.people.PersonList;
import org.convoca.people.Tag;

/**
 * What the segment builder shows: the segment as edited (perhaps not saved, with its problems), what its
 * conditions can name, and the live count with a few of the people it holds.
 */
public record SegmentPage(UUID id, Segment segment, Map<String, String> problems, List<Tag> tags,
        List<PersonList> lists, List<ActionTakers.Action> petitions, List<ActionTakers.Action> events, Live live) {

    /** One entry of a condition's menu: a kind of condition, perhaps negated. */
    public record Choice(String code, Segment.Kind kind, boolean negated) {
    }

    /** The count as the conditions stand; {@code problems} when some condition cannot be counted yet. */
    public record Live(Segments.Count count, List<Segments.Sample> sample, boolean problems, int waiting) {
    }

    public static final List<Choice> CHOICES = List.of(
            new Choice("TAG", Segment.Kind.TAG, false), new Choice("TAG:not", Segment.Kind.TAG, true),
            new Choice("LIST", Segment.Kind.LIST, false), new Choice("LIST:not", Segment.Kind.LIST, true),
            new Choice("LANGUAGE", Segment.Kind.LANGUAGE, false), new Choice("REGION", Segment.Kind.REGION, false),
            new Choice("POSTAL_CODE", Segment.Kind.POSTAL_CODE, false),
            new Choice("CREATED_SINCE", Segment.Kind.CREATED_SINCE, false),
            new Choice("CREATED_BEFORE", Segment.Kind.CREATED_BEFORE, false),
            new Choice("EMAIL_STATUS", Segment.Kind.EMAIL_STATUS, false),
            new Choice("SIGNED_PETITION", Segment.Kind.SIGNED_PETITION, false),
            new Choice("SIGNED_PETITION:not", Segment.Kind.SIGNED_PETITION, true),
            new Choice("ATTENDED_EVENT", Segment.Kind.ATTENDED_EVENT, false),
            new Choice("ATTENDED_EVENT:not", Segment.Kind.ATTENDED_EVENT, true));

    public static final List<String> LANGUAGES = List.of("en", "es");
    public static final List<String> STATUSES = java.util.Arrays.stream(EmailStatus.values()).map(EmailStatus::wire)
            .toList();

    static Choice choice(String code) {
        return CHOICES.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public static String code(Segment.Condition c) {
        return c.kind().name() + (c.negated() ? ":not" : "");
    }

    public String action() {
        return id == null ? "/admin/segments" : "/admin/segments/" + id;
    }

    public String problem(String key) {
        return problems.get(key);
    }

    public String nameProblem() {
        return problems.getOrDefault("name", problems.get("name.taken"));
    }
}
