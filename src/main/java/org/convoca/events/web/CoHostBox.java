package org.convoca.events.web;

/** One co-host's opt-in checkbox on the registration form: the partner it copies the registrant to, and its words. */
public record CoHostBox(String partnerId, String text) {
}
