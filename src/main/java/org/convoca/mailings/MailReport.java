package org.convoca.mailings;

/**
 * What a bounce, a complaint or an unsubscribe request says about one recipient, read from a delivery status
 * notification (RFC 3464), a feedback report (ARF, RFC 5965), a forwarded unsubscribe email or a JSON webhook.
 * Any of {@code token} (from the original message's List-Unsubscribe link), {@code messageId} and
 * {@code recipient} may be missing; they are tried in that order to find who it is about.
 */
public record MailReport(Kind kind, String recipient, String messageId, String token, String status) {

    public enum Kind { HARD_BOUNCE, SOFT_BOUNCE, COMPLAINT, UNSUBSCRIBE }
}
