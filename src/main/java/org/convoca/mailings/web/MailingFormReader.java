package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mailings.Audience;
import org.convoca.mailings.Block;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingImages;
import org.convoca.mailings.MailingRules;
import org.convoca.mailings.MailingVersion;
import org.convoca.shared.Ids;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads the mailing editor's form: settings, audience, and each language's subject, preheader and blocks
 * ({@code es.b3.text}...), applying the block buttons (add, move, remove) that submitted it. Pictures uploaded with
 * the form are stored at once, so that a form sent back with a problem keeps them.
 */
final class MailingFormReader {

    private static final int MAX_FIELD = 110_000;

    private MailingFormReader() {
    }

    static Mailing read(HttpServletRequest r, Mailing current, MailingImages images, String action) {
        Mailing m = current.withName(field(r, "name")).withSender(field(r, "from_name"), field(r, "from_address"),
                field(r, "reply_to")).withWrapper(Ids.parse(field(r, "wrapper")).orElse(null))
                .withAudience(audience(r));
        for (String lang : MailingRules.LANGUAGES) {
            List<Block> blocks = blocks(r, lang, current.workspaceId(), images);
            String subject = field(r, lang + ".subject");
            String preheader = field(r, lang + ".preheader");
            blocks = apply(action, lang, blocks);
            m = subject.isBlank() && preheader.isBlank() && blocks.isEmpty() ? m.withoutVersion(lang)
                    : m.withVersion(new MailingVersion(lang, subject, preheader, blocks));
        }
        return m;
    }

    static Mailing audienceOf(HttpServletRequest r, Mailing current) {
        return current.withAudience(audience(r));
    }

    private static Audience audience(HttpServletRequest r) {
        List<Audience.Target> targets = new ArrayList<>();
        add(r, "list", Audience.Kind.LIST, false, targets);
        add(r, "tag", Audience.Kind.TAG, false, targets);
        add(r, "segment", Audience.Kind.SEGMENT, false, targets);
        add(r, "exclude_list", Audience.Kind.LIST, true, targets);
        add(r, "exclude_tag", Audience.Kind.TAG, true, targets);
        add(r, "exclude_segment", Audience.Kind.SEGMENT, true, targets);
        return new Audience("true".equals(r.getParameter("everyone")), targets);
    }

    private static void add(HttpServletRequest r, String name, Audience.Kind kind, boolean excluded,
            List<Audience.Target> into) {
        String[] values = r.getParameterValues(name);
        if (values != null) {
            for (int i = 0; i < Math.min(values.length, Audience.MAX_TARGETS + 1); i++) {
                Ids.parse(values[i]).map(id -> new Audience.Target(kind, id, excluded))
                        .filter(t -> into.stream().noneMatch(o -> o.kind() == t.kind() && o.id().equals(t.id())))
                        .ifPresent(into::add);
            }
        }
    }

    private static List<Block> blocks(HttpServletRequest r, String lang, UUID workspaceId, MailingImages images) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i <= MailingRules.MAX_BLOCKS; i++) {
            String p = lang + ".b" + i + ".";
            String type = r.getParameter(p + "type");
            if (type == null) {
                break;
            }
            Block block = switch (type) {
                case "heading" -> new Block.Heading(field(r, p + "text"));
                case "text" -> new Block.Text(field(r, p + "text"));
                case "html" -> new Block.Html(field(r, p + "text"));
                case "button" -> new Block.Button(field(r, p + "label"), field(r, p + "url"));
                case "divider" -> new Block.Divider();
                case "image" -> new Block.Image(upload(r, p + "file", workspaceId, images)
                        .or(() -> Ids.parse(field(r, p + "image"))).orElse(null), field(r, p + "alt"),
                        field(r, p + "caption"));
                default -> null;
            };
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static Optional<UUID> upload(HttpServletRequest r, String name, UUID workspaceId, MailingImages images) {
        if (!(r instanceof MultipartHttpServletRequest multipart)) {
            return Optional.empty();
        }
        MultipartFile file = multipart.getFile(name);
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > MailingImages.MAX_BYTES) {
            throw new InvalidMailingException(Map.of(name.replace(".file", ""), "A picture can be at most "
                    + MailingImages.MAX_BYTES / 1024 / 1024 + " MB."));
        }
        try {
            return Optional.of(images.store(workspaceId, file.getBytes()));
        } catch (IOException e) {
            throw new InvalidMailingException(Map.of(name.replace(".file", ""), "The picture could not be read."));
        }
    }

    /** The block buttons: {@code add:es:heading}, {@code up:es:2}, {@code down:es:2}, {@code remove:es:2}. */
    static List<Block> apply(String action, String lang, List<Block> blocks) {
        String[] a = action == null ? new String[0] : action.split(":");
        if (a.length != 3 || !a[1].equals(lang)) {
            return blocks;
        }
        List<Block> result = new ArrayList<>(blocks);
        if (a[0].equals("add") && result.size() < MailingRules.MAX_BLOCKS) {
            switch (a[2]) {
                case "heading" -> result.add(new Block.Heading(""));
                case "text" -> result.add(new Block.Text(""));
                case "button" -> result.add(new Block.Button("", "https://"));
                case "image" -> result.add(new Block.Image(null, "", ""));
                case "divider" -> result.add(new Block.Divider());
                default -> {
                }
            }
            return result;
        }
        int i;
        try {
            i = Integer.parseInt(a[2]);
        } catch (NumberFormatException e) {
            return result;
        }
        if (i < 0 || i >= result.size()) {
            return result;
        }
        switch (a[0]) {
            case "remove" -> result.remove(i);
            case "up" -> {
                if (i > 0) {
                    result.add(i - 1, result.remove(i));
                }
            }
            case "down" -> {
                if (i + 1 < result.size()) {
                    result.add(i + 1, result.remove(i));
                }
            }
            default -> {
            }
        }
        return result;
    }

    private static String field(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        if (v == null) {
            return "";
        }
        v = v.replace("\r\n", "\n");
        return v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v;
    }
}
