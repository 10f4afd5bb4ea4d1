package org.convoca.events.campaign;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finding the events nearest to someone without a map: by the start of their postal code (the longest start any
 * event shares, so "60614" finds "606.." events when no "60614" one exists), or by region or city name.
 */
public final class CampaignFinder {

    public static final int MAX_QUERY = 40;

    /** A region and its events; {@code region} is empty for online events and for those with no region given. */
    public record Group(String region, boolean online, List<CampaignEvent> events) {
    }

    /**
     * What a search found: {@code matched} is the postal-code start used, or the region as typed; {@code byPostal}
     * says which. Empty {@code matched} with no events: nothing near.
     */
    public record Found(String query, String matched, boolean byPostal, List<CampaignEvent> events) {
    }

    private CampaignFinder() {
    }

    public static String normalize(String query) {
        String q = query == null ? "" : query.replaceAll("\\p{Cntrl}", " ").strip();
        return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
    }

    public static Found find(List<CampaignEvent> events, String query) {
        String q = normalize(query);
        if (q.isEmpty()) {
            return new Found(q, "", false, events);
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<CampaignEvent> byName = events.stream().filter(e -> e.region().toLowerCase(Locale.ROOT).equals(lower)
                || e.locality().toLowerCase(Locale.ROOT).equals(lower)).toList();
        if (!byName.isEmpty()) {
            return new Found(q, q, false, byName);
        }
        String code = postal(q);
        boolean looksPostal = code.matches(".*\\d.*");
        for (int length = looksPostal ? code.length() : 0; length > 0; length--) {
            String prefix = code.substring(0, length);
            List<CampaignEvent> near = events.stream().filter(e -> postal(e.postalCode()).startsWith(prefix)).toList();
            if (!near.isEmpty()) {
                return new Found(q, prefix, true, near);
            }
        }
        return new Found(q, "", false, List.of());
    }

    /** By region name in the reader's alphabet, then online events, then in-person ones with no region given. */
    public static List<Group> byRegion(List<CampaignEvent> events, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Map<String, List<CampaignEvent>> regions = new TreeMap<>(Comparator.comparing((String r) -> r, collator));
        Map<Boolean, List<CampaignEvent>> rest = new LinkedHashMap<>();
        for (CampaignEvent e : events) {
            if (!e.region().isBlank()) {
                regions.computeIfAbsent(e.region(), k -> new ArrayList<>()).add(e);
            } else {
                rest.computeIfAbsent(e.virtual(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Group> groups = new ArrayList<>();
        regions.forEach((region, list) -> groups.add(new Group(region, false, list)));
        if (rest.containsKey(true)) {
            groups.add(new Group("", true, rest.get(true)));
        }
        if (rest.containsKey(false)) {
            groups.add(new Group("", false, rest.get(false)));
        }
        return groups;
    }

    private static String postal(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
