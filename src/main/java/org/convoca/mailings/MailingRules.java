package org.convoca.mailings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.convoca.mail.OutgoingEmail;

/**
 * The bounds of a mailing, checked every way in (pages and API) with the same English sentences, keyed by
 * field: {@code name}, {@code from_address}, {@code es.subject}, {@code en.blocks.2}...
 */
public final class MailingRules {

    public static final Set<String> LANGUAGES = Set.of("en", "es");
    public static final int NAME = 200;
    public static final int SUBJECT = 250;
    public static final int PREHEADER = 300;
    public static final int MAX_BLOCKS = 100;
    public static final int HEADING = 300;
    public static final int TEXT = 20_000;
    public static final int HTML = 100_000;
    public static final int LABEL = 100;
    public static final int URL = 2_000;
    public static final int ALT = 300;
    public static final int CAPTION = 500;
    /** The whole of one version's text, so that no newsletter grows past what a mail program shows. */
    public static final int VERSION_TOTAL = 200_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    private MailingRules() {
    }

    static Map<String, String> problems(Mailing m, Set<String> customFields) {
        Map<String, String> p = new LinkedHashMap<>();
        if (m.name().isBlank() || m.name().length() > NAME || CONTROL.matcher(m.name()).find()) {
            p.put("name", "A mailing needs a name of 1 to " + NAME + " characters on one line.");
        }
        if (m.fromName().length() > NAME || CONTROL.matcher(m.fromName()).find()) {
            p.put("from_name", "The sender name can have at most " + NAME + " characters, on one line.");
        }
        address(p, "from_address", "sender", m.fromAddress());
        address(p, "reply_to", "reply-to", m.replyTo());
        if (m.audience().targets().size() > Audience.MAX_TARGETS) {
            p.put("audience", "A mailing can name at most " + Audience.MAX_TARGETS + " lists, tags and segments.");
        }
        for (MailingVersion v : m.versions().values()) {
            version(p, v, customFields);
        }
        return p;
    }

    private static void address(Map<String, String> p, String key, String what, String value) {
        if (!value.isEmpty() && !OutgoingEmail.isValidAddress(value)) {
            p.put(key, "The " + what + " address must be one address such as news@example.org.");
        }
    }

    private static void version(Map<String, String> p, MailingVersion v, Set<String> fields) {
        String lang = v.language();
        if (!LANGUAGES.contains(lang)) {
            p.put("language", "Versions can be in English (en) or Spanish (es).");
            return;
        }
        if (v.subject().length() > SUBJECT || CONTROL.matcher(v.subject()).find()) {
            p.put(lang + ".subject", "The subject can have at most " + SUBJECT + " characters, on one line.");
        } else {
            fields(p, lang + ".subject", v.subject(), fields);
        }
        if (v.preheader().length() > PREHEADER || CONTROL.matcher(v.preheader()).find()) {
            p.put(lang + ".preheader", "The preheader can have at most " + PREHEADER + " characters, on one line.");
        } else {
            fields(p, lang + ".preheader", v.preheader(), fields);
        }
        if (v.blocks().size() > MAX_BLOCKS) {
            p.put(lang + ".blocks", "A mailing can have at most " + MAX_BLOCKS + " blocks.");
            return;
        }
        long total = v.subject().length() + v.preheader().length();
        for (int i = 0; i < v.blocks().size(); i++) {
            String key = lang + ".blocks." + i;
            Block block = v.blocks().get(i);
            total += block(p, key, block, fields);
        }
        if (total > VERSION_TOTAL) {
            p.put(lang + ".blocks", "This version is too long: at most " + VERSION_TOTAL + " characters in all.");
        }
    }

    private static int block(Map<String, String> p, String key, Block block, Set<String> fields) {
        return switch (block) {
            case Block.Heading h -> text(p, key, "A heading", h.text(), HEADING, fields);
            case Block.Text t -> text(p, key, "A text block", t.markdown(), TEXT, fields);
            case Block.Html h -> text(p, key, "An HTML block", h.html(), HTML, fields);
            case Block.Image i -> {
                if (i.imageId() == null) {
                    p.put(key, "An image block needs a picture: upload a PNG, JPEG, GIF or WebP file.");
                }
                yield text(p, key, "The image's alternative text", i.alt(), ALT, fields)
                        + text(p, key, "The image's caption", i.caption(), CAPTION, fields);
            }
            case Block.Button b -> {
                if (!isLink(b.url())) {
                    p.put(key, "A button needs a link starting with https://, http:// or mailto:, without merge fields.");
                }
                if (b.label().isBlank()) {
                    p.put(key, "A button needs a label.");
                }
                yield text(p, key, "A button's label", b.label(), LABEL, fields) + b.url().length();
            }
            case Block.Divider d -> 0;
        };
    }

    private static int text(Map<String, String> p, String key, String what, String value, int max,
            Set<String> fields) {
        if (value.length() > max) {
            p.put(key, what + " can have at most " + max + " characters.");
        } else {
            fields(p, key, value, fields);
        }
        return value.length();
    }

    private static void fields(Map<String, String> p, String key, String value, Set<String> fields) {
        List<String> problems = MergeFields.problems(value, fields);
        if (!problems.isEmpty()) {
            p.putIfAbsent(key, String.join(" ", problems));
        }
    }

    static boolean isLink(String url) {
        if (url == null || url.isBlank() || url.length() > URL || url.contains("{{") || CONTROL.matcher(url).find()
                || url.contains(" ")) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null)
                    || (scheme.equals("mailto") && url.length() > 7);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
