package org.convoca.mailings.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.Audience;
import org.convoca.mailings.Block;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingVersion;
import org.convoca.mailings.Segment;
import org.convoca.mailings.Wrapper;
import org.convoca.people.PersonList;
import org.convoca.people.Tag;

/** What the mailing editor shows: the mailing (perhaps not saved, with its problems) and what can be chosen. */
public record EditPage(Mailing mailing, Map<String, String> problems, List<PersonList> lists, List<Tag> tags,
        List<Segment> segments, List<Wrapper> wrappers, long reach, String defaultSenderName,
        String defaultSenderAddress, String notice) {

    public static final List<String> LANGUAGES = List.of("en", "es");
    public static final List<String> BLOCK_TYPES = List.of("heading", "text", "image", "button", "divider");

    public MailingVersion version(String language) {
        MailingVersion v = mailing.versions().get(language);
        return v != null ? v : new MailingVersion(language, "", "", List.of());
    }

    public String problem(String key) {
        return problems.get(key);
    }

    public boolean targets(Audience.Kind kind, UUID id, boolean excluded) {
        return mailing.audience().targets().stream()
                .anyMatch(t -> t.kind() == kind && t.id().equals(id) && t.excluded() == excluded);
    }

    public boolean wraps(Wrapper w) {
        return w.id().equals(mailing.wrapperId());
    }

    /** The fields of one block as the form shows them. */
    public static Fields fields(Block block) {
        return switch (block) {
            case Block.Heading h -> new Fields(h.text(), "", "", "", "", null);
            case Block.Text t -> new Fields(t.markdown(), "", "", "", "", null);
            case Block.Html h -> new Fields(h.html(), "", "", "", "", null);
            case Block.Button b -> new Fields("", b.label(), b.url(), "", "", null);
            case Block.Image i -> new Fields("", "", "", i.alt(), i.caption(), i.imageId());
            case Block.Divider d -> new Fields("", "", "", "", "", null);
        };
    }

    /** A block's values by form field. */
    public record Fields(String text, String label, String url, String alt, String caption, UUID image) {
    }
}
