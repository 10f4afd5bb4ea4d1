package org.convoca.people.imports;

/** A file that cannot be imported at all; {@code key} names the message that says why. */
class UploadRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    UploadRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}
