package org.convoca.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Hands messages to an SMTP relay, over plain SMTP, STARTTLS (required, not opportunistic) or TLS. */
final class SmtpRelay {

    enum Security { NONE, STARTTLS, TLS }

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String description;

    SmtpRelay(String host, Integer port, String username, String password, String security) {
        Security mode = parse(security);
        int actualPort = port != null ? port : switch (mode) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
        sender.setHost(host);
        sender.setPort(actualPort);
        sender.setDefaultEncoding("UTF-8");
        Properties p = sender.getJavaMailProperties();
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.smtp.writetimeout", "30000");
        p.put("mail.mime.allowutf8", "true");
        if (username != null && !username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            p.put("mail.smtp.auth", "true");
        }
        if (mode == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        } else if (mode == Security.TLS) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.description = host + ":" + actualPort;
    }

    static Security parse(String security) {
        String s = security == null || security.isBlank() ? "none" : security.strip().toUpperCase(Locale.ROOT);
        try {
            return Security.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CONVOCA_SMTP_SECURITY must be none, starttls or tls, not \""
                    + security + "\".");
        }
    }

    void send(OutgoingEmail email, String fromAddress) {
        try {
            MimeMessage message = sender.createMimeMessage();
            boolean multipart = email.htmlBody() != null || !email.attachments().isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
            helper.setTo(new InternetAddress(email.to()));
            helper.setFrom(new InternetAddress(fromAddress, email.fromName().isEmpty() ? null : email.fromName(),
                    "UTF-8"));
            if (email.replyTo() != null) {
                helper.setReplyTo(new InternetAddress(email.replyTo()));
            }
            helper.setSubject(email.subject());
            if (email.htmlBody() != null) {
                helper.setText(email.textBody(), email.htmlBody());
            } else {
                helper.setText(email.textBody());
            }
            for (OutgoingEmail.Attachment a : email.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new MailDeliveryException("The SMTP relay at " + description + " did not accept the message: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
