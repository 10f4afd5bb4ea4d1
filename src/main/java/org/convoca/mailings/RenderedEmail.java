package org.convoca.mailings;

/** One message's three personalized parts: subject, HTML and plain text. */
public record RenderedEmail(String subject, String html, String text) {
}
