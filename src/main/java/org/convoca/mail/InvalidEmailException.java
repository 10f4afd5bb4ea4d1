package org.convoca.mail;

/** A message that must not be sent as it stands: a header that would inject others, an unreadable address. */
public class InvalidEmailException extends IllegalArgumentException {

    public InvalidEmailException(String message) {
        super(message);
    }
}
