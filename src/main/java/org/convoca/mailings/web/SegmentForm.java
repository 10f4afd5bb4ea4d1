package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.convoca.mailings.Segment;

/**
 * Reads the segment builder's form: {@code name}, {@code match} (all or any) and one row per condition
 * ({@code c3.kind} such as {@code TAG} or {@code TAG:not}, {@code c3.value}, {@code c3.mode} = match or exclude),
 * applying the row buttons (add, remove) that submitted it. Rows past the limit are read one beyond it, so that
 * the limit is reported rather than silently applied.
 */
final class SegmentForm {

    private static final int MAX_NAME = 1000;

    private SegmentForm() {
    }

    static Segment read(HttpServletRequest r) {
        String name = field(r, "name", MAX_NAME);
        boolean all = !"any".equals(r.getParameter("match"));
        List<Segment.Condition> conditions = new ArrayList<>();
        for (int i = 0; i <= Segment.MAX_CONDITIONS + 50 && conditions.size() <= Segment.MAX_CONDITIONS; i++) {
            String code = r.getParameter("c" + i + ".kind");
            if (code == null) {
                continue;
            }
            SegmentPage.Choice choice = SegmentPage.choice(code);
            if (choice != null) {
                conditions.add(new Segment.Condition(choice.kind(), choice.negated(),
                        field(r, "c" + i + ".value", Segment.VALUE + 1), "exclude".equals(r.getParameter("c" + i
                                + ".mode"))));
            }
        }
        return Segment.draft(name, all, apply(r.getParameter("action"), conditions));
    }

    /** The same segment without the rows still waiting for a value, which the live count leaves aside. */
    static Segment complete(Segment s) {
        return Segment.draft(s.name(), s.matchAll(), s.conditions().stream().filter(c -> !c.value().isEmpty()).toList());
    }

    private static List<Segment.Condition> apply(String action, List<Segment.Condition> conditions) {
        List<Segment.Condition> result = new ArrayList<>(conditions);
        if ("add".equals(action) && result.size() < Segment.MAX_CONDITIONS) {
            result.add(new Segment.Condition(Segment.Kind.TAG, false, ""));
        } else if ("exclude".equals(action) && result.size() < Segment.MAX_CONDITIONS) {
            result.add(new Segment.Condition(Segment.Kind.TAG, false, "", true));
        } else if (action != null && action.startsWith("remove:")) {
            try {
                int i = Integer.parseInt(action.substring("remove:".length()));
                if (i >= 0 && i < result.size()) {
                    result.remove(i);
                }
            } catch (NumberFormatException e) {
                return result;
            }
        }
        return result;
    }

    private static String field(HttpServletRequest r, String name, int max) {
        String v = r.getParameter(name);
        if (v == null) {
            return "";
        }
        return v.length() > max ? v.substring(0, max) : v;
    }
}
