package org.convoca.actions.signon;

/** A signatory list that cannot be read; the message says why, in words staff can act on. */
public class SignatoryListException extends Exception {

    public SignatoryListException(String message) {
        super(message);
    }
}
