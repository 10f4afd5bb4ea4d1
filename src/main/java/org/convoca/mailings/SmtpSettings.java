package org.convoca.mailings;

import jakarta.mail.Session;
import java.util.Locale;
import java.util.Properties;

/**
 * The relay that mailings go through: the same {@code CONVOCA_SMTP_*} settings ({@code convoca.smtp.*}) that
 * single messages use, read here again because a mailing keeps several connections open at once.
 */
record SmtpSettings(String host, int port, String username, String password, String security) {

    static SmtpSettings of(String host, Integer port, String username, String password, String security) {
        String mode = security == null || security.isBlank() ? "none" : security.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("none") && !mode.equals("starttls") && !mode.equals("tls")) {
            throw new IllegalStateException("CONVOCA_SMTP_SECURITY must be none, starttls or tls, not \"" + security
                    + "\".");
        }
        int actual = port != null ? port : switch (mode) {
            case "starttls" -> 587;
            case "tls" -> 465;
            default -> 25;
        };
        return new SmtpSettings(host.strip(), actual, username == null || username.isBlank() ? null : username,
                password == null || password.isBlank() ? null : password, mode);
    }

    /** Neither TLS nor a login: the case Convoca's own SMTP client handles. */
    boolean plain() {
        return security.equals("none") && username == null;
    }

    Session session() {
        Properties p = new Properties();
        String protocol = security.equals("tls") ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        String prefix = "mail." + protocol + ".";
        p.put(prefix + "connectiontimeout", "10000");
        p.put(prefix + "timeout", "30000");
        p.put(prefix + "writetimeout", "30000");
        p.put(prefix + "auth", Boolean.toString(username != null));
        if (security.equals("starttls")) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (!security.equals("none")) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (security.equals("tls")) {
            p.put(prefix + "ssl.socketFactory", new NoDelaySockets(javax.net.ssl.SSLSocketFactory.getDefault()));
        } else {
            p.put(prefix + "socketFactory", new NoDelaySockets(javax.net.SocketFactory.getDefault()));
        }
        return Session.getInstance(p);
    }
}
