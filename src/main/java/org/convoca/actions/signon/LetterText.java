package org.convoca.actions.signon;

import java.util.Arrays;
import java.util.List;

/**
 * A letter's words in one language. {@code body} is Markdown; {@code demands} one per line, numbered when shown.
 * An empty {@code consent} means the standard text naming the workspace.
 */
public record LetterText(String language, String title, String body, String demands, String consent,
        String thanks) {

    static final LetterText EMPTY = new LetterText("", "", "", "", "", "");

    public LetterText {
        title = LetterLimits.clean(title);
        body = LetterLimits.cleanBlock(body);
        demands = String.join("\n", lines(LetterLimits.cleanBlock(demands)));
        consent = LetterLimits.cleanBlock(consent);
        thanks = LetterLimits.cleanBlock(thanks);
    }

    public List<String> demandList() {
        return lines(demands);
    }

    private static List<String> lines(String s) {
        return Arrays.stream(s.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
