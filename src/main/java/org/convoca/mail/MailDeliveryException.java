package org.convoca.mail;

/** The SMTP relay could not be reached or did not accept the message. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
