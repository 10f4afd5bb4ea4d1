package org.convoca.actions.web;

/** One co-sponsor's opt-in checkbox: the partner it copies the signer to, and the exact words beside it. */
public record OptInBox(String partnerId, String text) {
}
