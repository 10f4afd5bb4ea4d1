package org.convoca.workspace.settings;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.mail.OutgoingEmail;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;

/** The workspace settings form. Errors are message keys. */
public record SettingsForm(String name, String slug, String postalAddress, String defaultLanguage, String timeZone,
        String senderName, String senderEmail) {

    /** Offered first in the time zone field; any other IANA zone can be typed. */
    public static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
            "America/Mexico_City", "America/Tijuana", "America/Guatemala", "America/El_Salvador",
            "America/Tegucigalpa", "America/Bogota", "America/Lima", "America/Caracas", "America/Santiago",
            "America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Havana", "America/Santo_Domingo",
            "America/Port-au-Prince", "America/Toronto", "America/Vancouver", "UTC");

    public SettingsForm {
        name = trim(name);
        slug = trim(slug).toLowerCase(Locale.ROOT);
        postalAddress = postalAddress == null ? "" : postalAddress.replace("\r\n", "\n").replace('\r', '\n').strip();
        defaultLanguage = trim(defaultLanguage);
        timeZone = trim(timeZone);
        senderName = trim(senderName);
        senderEmail = trim(senderEmail).toLowerCase(Locale.ROOT);
    }

    public static SettingsForm of(Workspace w) {
        return new SettingsForm(w.name(), w.slug(), w.postalAddress(), w.defaultLanguage(), w.timeZone(),
                w.senderName(), w.senderEmail());
    }

    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 200 || hasControl(name, false)) {
            errors.put("name", "settings.error.name");
        }
        if (!Workspaces.isValidSlug(slug)) {
            errors.put("slug", "setup.error.slug");
        }
        if (postalAddress.length() > 1000 || hasControl(postalAddress, true)) {
            errors.put("postalAddress", "settings.error.postal-address");
        }
        if (!defaultLanguage.equals("en") && !defaultLanguage.equals("es")) {
            errors.put("defaultLanguage", "settings.error.language");
        }
        if (!isTimeZone(timeZone)) {
            errors.put("timeZone", "settings.error.time-zone");
        }
        if (senderName.length() > 200 || hasControl(senderName, false)) {
            errors.put("senderName", "settings.error.sender-name");
        }
        if (!senderEmail.isEmpty() && !OutgoingEmail.isValidAddress(senderEmail)) {
            errors.put("senderEmail", "settings.error.sender-email");
        }
        return errors;
    }

    /** Region names such as America/Chicago, and UTC; not bare offsets, which ignore daylight saving time. */
    static boolean isTimeZone(String zone) {
        return zone.length() <= 64 && ZoneId.getAvailableZoneIds().contains(zone);
    }

    Workspace applyTo(Workspace w) {
        return new Workspace(w.id(), slug, name, postalAddress, defaultLanguage, timeZone, senderName, senderEmail,
                w.createdAt());
    }

    private static boolean hasControl(String s, boolean lineBreaksAllowed) {
        return s.chars().anyMatch(c -> (c < 0x20 && !(lineBreaksAllowed && (c == '\n' || c == '\t'))) || c == 0x7f);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
