package org.convoca.mailings.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Identifiers;
import org.convoca.mailings.Audience;
import org.convoca.mailings.Block;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.Mailing;
import org.convoca.mailings.MailingRules;
import org.convoca.mailings.MailingVersion;
import org.convoca.mailings.Mailings;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Creating and changing messages through the API. {@code subject} and {@code body} (HTML, sanitized when sent) make
 * the version in {@code language} (the workspace default when absent); {@code versions} adds others; {@code
 * targets} are hrefs of lists, tags or queries (segments), on any host.
 */
@Service
class MessageWrites {

    private final Mailings mailings;

    MessageWrites(Mailings mailings) {
        this.mailings = mailings;
    }

    Mailing create(UUID workspaceId, String defaultLanguage, JsonNode body) {
        JsonNode b = ApiJson.object(body, "");
        String subject = ApiJson.text(b.get("subject"), "subject");
        String name = ApiJson.text(b.get("name"), "name");
        Mailing draft = apply(Mailing.draft(name.isBlank() ? shorten(subject) : name), defaultLanguage, b);
        return refusedAsApiErrors(() -> mailings.create(workspaceId, draft, null));
    }

    Mailing update(UUID workspaceId, String defaultLanguage, String id, JsonNode body) {
        Mailing current = find(workspaceId, id);
        Mailing changed = apply(current, defaultLanguage, ApiJson.object(body, ""));
        return refusedAsApiErrors(() -> mailings.update(changed));
    }

    Mailing find(UUID workspaceId, String id) {
        return Identifiers.parse(id).flatMap(uuid -> mailings.find(workspaceId, uuid))
                .orElseThrow(() -> ApiException.notFound("There is no message with that identifier in this "
                        + "workspace."));
    }

    static Instant date(JsonNode body, String field) {
        String text = ApiJson.text(ApiJson.object(body, "").get(field), field).strip();
        try {
            return Instant.parse(text.length() == 19 ? text + "Z" : text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + " must be a date and time such as 2025-11-05T15:00:00Z.");
        }
    }

    private static Mailing apply(Mailing m, String defaultLanguage, JsonNode b) {
        if (b.has("name")) {
            m = m.withName(ApiJson.text(b.get("name"), "name"));
        }
        m = m.withSender(b.has("from") ? ApiJson.text(b.get("from"), "from") : m.fromName(),
                b.has("from_address") ? ApiJson.text(b.get("from_address"), "from_address") : m.fromAddress(),
                b.has("reply_to") ? ApiJson.text(b.get("reply_to"), "reply_to") : m.replyTo());
        String language = b.has("language") ? ApiJson.text(b.get("language"), "language") : defaultLanguage;
        if (b.has("subject") || b.has("body")) {
            m = m.withVersion(version(m, language, b, ""));
        }
        JsonNode versions = b.get("versions");
        if (versions != null && !versions.isNull()) {
            for (Map.Entry<String, JsonNode> e : ApiJson.object(versions, "versions").properties()) {
                m = m.withVersion(version(m, e.getKey(), ApiJson.object(e.getValue(), "versions." + e.getKey()),
                        "versions." + e.getKey() + "."));
            }
        }
        String href = ApiJson.linkHref(b, "osdi:wrapper");
        if (href != null) {
            m = m.withWrapper(Identifiers.parse(href).orElseThrow(() -> ApiException.badRequest(
                    "_links.osdi:wrapper.href does not name a wrapper.")));
        }
        if (b.has("targets") || b.has("everyone")) {
            m = m.withAudience(audience(b));
        }
        return m;
    }

    private static MailingVersion version(Mailing m, String language, JsonNode v, String path) {
        if (!MailingRules.LANGUAGES.contains(language)) {
            throw ApiException.badRequest(path + "language must be en or es.");
        }
        MailingVersion current = m.versions().getOrDefault(language, new MailingVersion(language, "", "",
                List.of()));
        String subject = v.has("subject") ? ApiJson.text(v.get("subject"), path + "subject") : current.subject();
        String preheader = v.has("preheader") ? ApiJson.text(v.get("preheader"), path + "preheader")
                : current.preheader();
        List<Block> blocks = v.has("body") ? List.of(new Block.Html(ApiJson.text(v.get("body"), path + "body")))
                : current.blocks();
        return new MailingVersion(language, subject, preheader, blocks);
    }

    private static Audience audience(JsonNode b) {
        List<Audience.Target> targets = new ArrayList<>();
        List<JsonNode> list = ApiJson.array(b.get("targets"), "targets");
        if (list.size() > Audience.MAX_TARGETS) {
            throw ApiException.badRequest("targets can hold at most " + Audience.MAX_TARGETS + " entries.");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String href = t.isString() ? t.asString() : ApiJson.text(ApiJson.object(t, "targets[" + i + "]")
                    .get("href"), "targets[" + i + "].href");
            Audience.Kind kind = href.contains("/lists/") ? Audience.Kind.LIST : href.contains("/tags/")
                    ? Audience.Kind.TAG : href.contains("/queries/") || href.contains("/segments/")
                    ? Audience.Kind.SEGMENT : null;
            UUID id = Identifiers.parse(href).orElse(null);
            if (kind == null || id == null) {
                throw ApiException.badRequest("targets[" + i + "] must link to a list, a tag or a query.");
            }
            targets.add(new Audience.Target(kind, id, false));
        }
        boolean everyone = b.has("everyone") && b.get("everyone").asBoolean(false);
        return new Audience(everyone, targets);
    }

    static <T> T refusedAsApiErrors(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidMailingException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static String shorten(String subject) {
        String s = subject.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? "Message" : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
