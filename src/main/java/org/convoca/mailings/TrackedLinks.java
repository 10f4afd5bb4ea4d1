package org.convoca.mailings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convoca.mailings.MergeFields.Ref;

/**
 * The links of a mailing compiled for tracking. Each web address gets a number, the same in every version, and
 * its place in the template becomes a slot that each recipient's signed click address fills. Addresses that
 * differ per person (with a merge field), that are not plain http(s), or that do not parse stay as they are.
 */
final class TrackedLinks {

    /** More links than any newsletter needs; the rest are left untracked. */
    static final int MAX = 1000;
    static final int MAX_LENGTH = 2048;

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** A marker for the tracked link to {@code url}, appended to {@code refs}; {@code url} itself if untracked. */
    String mark(String url, List<Ref> refs) {
        if (target(url).isEmpty()) {
            return url;
        }
        Integer n = numbers.get(url);
        if (n == null) {
            if (numbers.size() >= MAX) {
                return url;
            }
            n = numbers.size();
            numbers.put(url, n);
        }
        refs.add(new Ref(Ref.Kind.CLICK_URL, Integer.toString(n), url));
        return MergeFields.marker(refs.size() - 1);
    }

    /** The addresses by number. */
    List<String> urls() {
        return List.copyOf(numbers.keySet());
    }

    /**
     * Where a click on {@code url} may be sent: the address in ASCII when it is an absolute http(s) address with a
     * host and nothing that could split a header or leave an attribute; empty otherwise.
     */
    static Optional<String> target(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\'
                    || c == MergeFields.OPEN || c == MergeFields.CLOSE || Character.isISOControl(c)
                    || Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.isOpaque()) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
