package org.convoca.mailings;

import java.time.Instant;
import java.util.UUID;

/**
 * A workspace's look for its newsletters: the band at the top (a logo or a line of text) in the primary color, the
 * background around the newsletter, and a note above the footer. Every field is plain text or a color: the footer
 * the law asks for (name, postal address, unsubscribe and preferences links) is added after it, always.
 */
public record Wrapper(UUID id, UUID workspaceId, String name, String headerText, UUID logoImageId, String accentColor,
        String backgroundColor, String footerText, Instant createdAt, Instant modifiedAt) {

    public static final String DEFAULT_ACCENT = "#0b6e4f";
    public static final String DEFAULT_BACKGROUND = "#f4f5f7";

    public Wrapper {
        name = name == null ? "" : name;
        headerText = headerText == null ? "" : headerText;
        accentColor = accentColor == null || accentColor.isBlank() ? DEFAULT_ACCENT : accentColor;
        backgroundColor = backgroundColor == null || backgroundColor.isBlank() ? DEFAULT_BACKGROUND : backgroundColor;
        footerText = footerText == null ? "" : footerText;
    }

    /** A new wrapper's fields; the repository gives it its identifier and dates. */
    public static Wrapper draft(String name, String headerText, UUID logoImageId, String accentColor,
            String backgroundColor, String footerText) {
        return new Wrapper(null, null, name, headerText, logoImageId, accentColor, backgroundColor, footerText, null,
                null);
    }

    /** The look of a mailing without a wrapper: the workspace's name on the default colors. */
    static Wrapper plain(String workspaceName) {
        return new Wrapper(null, null, "", workspaceName, null, DEFAULT_ACCENT, DEFAULT_BACKGROUND, "", null, null);
    }

    /** Text that stays readable on the primary color: white on dark colors, near-black on light ones. */
    public String accentInk() {
        return ink(accentColor);
    }

    static String ink(String hex) {
        try {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
            return luminance > 0.4 ? "#1d2433" : "#ffffff";
        } catch (RuntimeException e) {
            return "#ffffff";
        }
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
