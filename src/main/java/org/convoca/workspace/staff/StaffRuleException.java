package org.convoca.workspace.staff;

/** A change to the staff that the rules do not allow; the message is a key in the staff texts. */
public class StaffRuleException extends RuntimeException {

    private final int status;

    public StaffRuleException(int status, String messageKey) {
        super(messageKey);
        this.status = status;
    }

    public String messageKey() {
        return getMessage();
    }

    /** The HTTP status that fits: 403 for what this person may not do, 409 or 422 for what no one may. */
    public int status() {
        return status;
    }
}
