package org.convoca.mailings;

/** Carries messages to their next stop over one connection; each sending thread has its own. */
interface Courier extends AutoCloseable {

    /**
     * @param wire the message as written by {@link MimeWriter}, when {@link Couriers#wantsBytes()}
     * @throws Failure when the message was not accepted
     */
    void deliver(Outgoing message, byte[] wire) throws Failure;

    @Override
    void close();

    /** A refusal: {@code permanent} for a 5xx answer, which no retry will change. */
    final class Failure extends Exception {
        private final boolean permanent;

        Failure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
