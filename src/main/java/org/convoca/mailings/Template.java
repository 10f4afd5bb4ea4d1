package org.convoca.mailings;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled piece of a mailing (subject, HTML or text): the literal parts between merge fields, so that
 * personalizing a message is string concatenation, with each value escaped for where it goes.
 */
final class Template {

    enum Escape { HTML, TEXT, HEADER }

    /** What a template needs to know about one recipient. */
    interface Values {
        String field(String name);

        /** The address of one of Convoca's links: unsubscribe, preferences, web version, or a tracked link. */
        String link(MergeFields.Ref ref);
    }

    private final String[] literals;
    private final MergeFields.Ref[] slots;
    private final Escape escape;
    private final int size;
    /** The literal parts already in quoted-printable, each as if it began a line. */
    private final byte[][] encoded;
    /** For each slot, which of the distinct slots it repeats: a value used many times is encoded once. */
    private final int[] distinct;
    private final int distinctCount;

    private Template(String[] literals, MergeFields.Ref[] slots, Escape escape) {
        this.literals = literals;
        this.slots = slots;
        this.escape = escape;
        int n = 0;
        this.encoded = new byte[literals.length][];
        for (int i = 0; i < literals.length; i++) {
            n += literals[i].length();
            Bytes b = new Bytes(literals[i].length() + 64);
            QuotedPrintable.encode(literals[i], b);
            encoded[i] = b.toArray();
        }
        this.size = n;
        this.distinct = new int[slots.length];
        java.util.Map<MergeFields.Ref, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            distinct[i] = seen.computeIfAbsent(slots[i], k -> seen.size());
        }
        this.distinctCount = seen.size();
    }

    /** Splits text marked by {@link MergeFields#mark} at its markers. */
    static Template compile(String marked, List<MergeFields.Ref> refs, Escape escape) {
        List<String> literals = new ArrayList<>();
        List<MergeFields.Ref> slots = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = marked.indexOf(MergeFields.OPEN, from)) >= 0) {
            int close = marked.indexOf(MergeFields.CLOSE, open);
            literals.add(marked.substring(from, open));
            slots.add(refs.get(Integer.parseInt(marked.substring(open + 1, close))));
            from = close + 1;
        }
        literals.add(marked.substring(from));
        return new Template(literals.toArray(String[]::new), slots.toArray(MergeFields.Ref[]::new), escape);
    }

    /** The length of the literal parts, to size buffers. */
    int size() {
        return size;
    }

    java.util.Set<String> fieldNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (MergeFields.Ref slot : slots) {
            if (slot.kind() == MergeFields.Ref.Kind.FIELD) {
                names.add(slot.name());
            }
        }
        return names;
    }

    String render(Values values) {
        StringBuilder b = new StringBuilder(size + slots.length * 24);
        for (int i = 0; i < slots.length; i++) {
            b.append(literals[i]);
            MergeFields.Ref slot = slots[i];
            if (slot.kind() == MergeFields.Ref.Kind.FIELD) {
                String value = values.field(slot.name());
                append(b, value == null || value.isBlank() ? slot.fallback() : value.strip());
            } else {
                append(b, values.link(slot));
            }
        }
        return b.append(literals[slots.length]).toString();
    }

    /**
     * Writes the personalized text in quoted-printable without encoding the literal parts again: a soft line break
     * before and after each value lets every pre-encoded part start on a line of its own.
     */
    void writeQuotedPrintable(Values values, Bytes out) {
        StringBuilder value = new StringBuilder(64);
        byte[][] done = new byte[distinctCount][];
        for (int i = 0; i < slots.length; i++) {
            out.append(encoded[i]);
            byte[] bytes = done[distinct[i]];
            if (bytes == null) {
                value.setLength(0);
                MergeFields.Ref slot = slots[i];
                if (slot.kind() == MergeFields.Ref.Kind.FIELD) {
                    String v = values.field(slot.name());
                    append(value, v == null || v.isBlank() ? slot.fallback() : v.strip());
                } else {
                    append(value, values.link(slot));
                }
                Bytes b = new Bytes(value.length() * 3 + 16);
                b.ascii("=\r\n");
                QuotedPrintable.encode(value.toString(), b);
                bytes = done[distinct[i]] = b.ascii("=\r\n").toArray();
            }
            out.append(bytes);
        }
        out.append(encoded[slots.length]);
    }

    private void append(StringBuilder b, String value) {
        switch (escape) {
            case TEXT -> b.append(value);
            case HTML -> Html.escape(b, value);
            case HEADER -> value.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        }
    }
}
