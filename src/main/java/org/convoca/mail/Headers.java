package org.convoca.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks of header values: no line breaks or other control characters, addresses that parse as one mailbox. */
final class Headers {

    private static final int MAX_ADDRESS = 320;

    private Headers() {
    }

    static String value(String what, String value, int max) {
        if (value.length() > max) {
            throw new InvalidEmailException("The " + what + " is longer than " + max + " characters.");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidEmailException("The " + what + " contains a line break or another control character.");
        }
        return value;
    }

    /** One bare address such as {@code ana@example.org}: no display name, no list, no group. */
    static String address(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEmailException("The " + what + " address is empty.");
        }
        String address = value(what + " address", value.strip(), MAX_ADDRESS);
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.isGroup() || parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
                throw new InvalidEmailException("The " + what + " address must be a single address like "
                        + "name@example.org.");
            }
        } catch (AddressException e) {
            throw new InvalidEmailException("The " + what + " address \"" + address + "\" is not a valid address.");
        }
        return address;
    }
}
