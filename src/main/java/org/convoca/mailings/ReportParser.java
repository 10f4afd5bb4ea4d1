package org.convoca.mailings;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads bounce and complaint reports, and forwarded unsubscribe requests, from raw email messages. */
final class ReportParser {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern TOKEN = Pattern.compile("unsubscribe[/ %20]+([A-Za-z0-9_-]{86})");
    private static final int MAX_PARTS = 20;
    private static final int MAX_RECIPIENTS = 100;

    private ReportParser() {
    }

    /** Every report the message holds; an empty list when it is none of the kinds understood. */
    static List<MailReport> parse(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        List<MailReport> reports = new ArrayList<>();
        if (message.isMimeType("multipart/report") && message.getContent() instanceof Multipart parts) {
            List<InternetHeaders[]> statuses = new ArrayList<>();
            InternetHeaders feedback = null;
            InternetHeaders original = null;
            for (int i = 0; i < Math.min(parts.getCount(), MAX_PARTS); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("message/delivery-status")) {
                    statuses.add(blocks(part));
                } else if (part.isMimeType("message/feedback-report")) {
                    feedback = blocks(part)[0];
                } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                        || part.isMimeType("message/rfc822-headers")) {
                    original = headers(part);
                }
            }
            String token = original == null ? null : token(original.getHeader("List-Unsubscribe", ","));
            String messageId = original == null ? null : original.getHeader("Message-ID", null);
            if (feedback != null) {
                String type = value(feedback, "Feedback-Type").toLowerCase(Locale.ROOT);
                if (type.isEmpty() || type.equals("abuse") || type.equals("fraud") || type.equals("other")) {
                    reports.add(new MailReport(MailReport.Kind.COMPLAINT,
                            address(value(feedback, "Original-Rcpt-To"), original), messageId, token, type));
                }
            }
            for (InternetHeaders[] blocks : statuses) {
                for (int i = 1; i < Math.min(blocks.length, MAX_RECIPIENTS); i++) {
                    bounce(blocks[i], messageId, token, reports);
                }
            }
        } else {
            String subject = message.getSubject();
            String token = token(subject);
            if (token != null) {
                reports.add(new MailReport(MailReport.Kind.UNSUBSCRIBE, null, null, token, "requested"));
            }
        }
        return reports;
    }

    private static void bounce(InternetHeaders r, String messageId, String token, List<MailReport> reports) {
        String action = value(r, "Action").toLowerCase(Locale.ROOT);
        String status = value(r, "Status");
        String recipient = address(value(r, "Final-Recipient"), null);
        if (recipient.isEmpty()) {
            recipient = address(value(r, "Original-Recipient"), null);
        }
        if (action.equals("failed") && status.startsWith("5")) {
            reports.add(new MailReport(MailReport.Kind.HARD_BOUNCE, recipient, messageId, token, status));
        } else if (action.equals("failed") || action.equals("delayed")) {
            reports.add(new MailReport(MailReport.Kind.SOFT_BOUNCE, recipient, messageId, token, status));
        }
    }

    /** The header blocks of a delivery-status or feedback-report part: per message, then per recipient. */
    private static InternetHeaders[] blocks(Part part) throws MessagingException, IOException {
        List<InternetHeaders> blocks = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(part.getInputStream().readNBytes(256 * 1024))) {
            while (in.available() > 0 && blocks.size() <= MAX_RECIPIENTS) {
                InternetHeaders h = new InternetHeaders(in);
                if (h.getAllHeaderLines().hasMoreElements()) {
                    blocks.add(h);
                }
            }
        }
        return blocks.isEmpty() ? new InternetHeaders[] {new InternetHeaders()} : blocks.toArray(InternetHeaders[]::new);
    }

    private static InternetHeaders headers(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new InternetHeaders(new ByteArrayInputStream(in.readNBytes(256 * 1024)));
        }
    }

    private static String value(InternetHeaders h, String name) {
        String v = h.getHeader(name, ",");
        return v == null ? "" : v.strip();
    }

    /** {@code rfc822; ana@example.org} or {@code <ana@example.org>} to {@code ana@example.org}. */
    private static String address(String field, InternetHeaders original) {
        String v = field;
        if (v.isEmpty() && original != null) {
            v = value(original, "To");
        }
        int semicolon = v.indexOf(';');
        if (semicolon >= 0) {
            v = v.substring(semicolon + 1);
        }
        v = v.strip();
        int lt = v.lastIndexOf('<');
        int gt = v.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            v = v.substring(lt + 1, gt);
        }
        return v.toLowerCase(Locale.ROOT);
    }

    private static String token(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
