package org.convoca.actions.signon;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.convoca.actions.PetitionLimits;

/**
 * What a letter's thank-you page adds, as a petition's does: hashtags for its share links (words without the
 * {@code #}, separated by spaces) and the web address of a suggested next action (empty for none).
 */
public record ThankYouPage(String hashtags, String nextActionUrl) {

    public static final ThankYouPage NONE = new ThankYouPage("", "");

    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,60}");

    public ThankYouPage {
        hashtags = hashtags == null ? "" : PetitionLimits.hashtags(hashtags);
        nextActionUrl = nextActionUrl == null ? "" : PetitionLimits.clean(nextActionUrl);
    }

    public List<String> hashtagList() {
        return hashtags.isEmpty() ? List.of() : List.of(hashtags.split(" "));
    }

    /** What is wrong, keyed by field, as message keys under {@code actions.error.}; empty when nothing is. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (hashtags.length() > PetitionLimits.HASHTAGS || !hashtags.isEmpty()
                && !Arrays.stream(hashtags.split(" ")).allMatch(h -> HASHTAG.matcher(h).matches())) {
            problems.put("hashtags", "hashtags");
        }
        if (!PetitionLimits.isWebAddress(nextActionUrl)) {
            problems.put("next_action_url", "web-address");
        }
        return problems;
    }
}
