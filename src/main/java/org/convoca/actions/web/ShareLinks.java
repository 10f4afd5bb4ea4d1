package org.convoca.actions.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain share links: addresses the person's own browser opens, no script of anyone else's on our page. */
public record ShareLinks(String x, String facebook, String whatsapp, String email) {

    public static ShareLinks of(String pageUrl, String title, List<String> hashtags) {
        String url = enc(pageUrl);
        return new ShareLinks(
                "https://twitter.com/intent/tweet?text=" + enc(title) + "&url=" + url
                        + (hashtags.isEmpty() ? "" : "&hashtags=" + enc(String.join(",", hashtags))),
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "https://wa.me/?text=" + enc(title + " " + pageUrl),
                "mailto:?subject=" + enc(title) + "&body=" + enc(pageUrl));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
