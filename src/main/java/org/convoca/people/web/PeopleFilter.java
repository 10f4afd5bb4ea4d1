package org.convoca.people.web;

import java.util.Optional;
import java.util.UUID;
import org.convoca.people.EmailStatus;
import org.convoca.people.PeopleQuery;
import org.convoca.shared.Ids;

/**
 * The people list's search and filters as they travel in the URL ({@code ?q=&tag=&list=&language=&region=&status=}),
 * shared by the list page and the CSV export so an export holds exactly the people the page showed.
 */
public record PeopleFilter(String q, String tag, String list, String language, String region, String status) {

    public PeopleFilter {
        q = bounded(q, 200);
        tag = bounded(tag, 100);
        list = bounded(list, 100);
        language = bounded(language, 8);
        region = bounded(region, 100);
        status = bounded(status, 20);
    }

    public PeopleQuery toQuery() {
        PeopleQuery query = PeopleQuery.ALL;
        if (!q.isEmpty()) {
            query = query.withText(q);
        }
        Optional<UUID> tagId = tag.isEmpty() ? Optional.empty() : Ids.parse(tag);
        if (tagId.isPresent()) {
            query = query.withTag(tagId.get());
        }
        Optional<UUID> listId = list.isEmpty() ? Optional.empty() : Ids.parse(list);
        if (listId.isPresent()) {
            query = query.withList(listId.get());
        }
        if (!language.isEmpty()) {
            query = query.withLanguage(language);
        }
        if (!region.isEmpty()) {
            query = query.withRegion(region);
        }
        Optional<EmailStatus> s = EmailStatus.parse(status);
        if (s.isPresent()) {
            query = query.withEmailStatus(s.get());
        }
        return query;
    }

    /** The same filter as URL query parameters, for links to other pages of the list and to the export. */
    public String toQueryString() {
        StringBuilder b = new StringBuilder();
        append(b, "q", q);
        append(b, "tag", tag);
        append(b, "list", list);
        append(b, "language", language);
        append(b, "region", region);
        append(b, "status", status);
        return b.toString();
    }

    private static void append(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            b.append(b.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String bounded(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
