package org.convoca.mailings;

import java.util.UUID;

/** One piece of a newsletter's body. Text in every block may hold merge fields; links may not. */
public sealed interface Block {

    /** The name used in forms and in the stored JSON. */
    String type();

    record Heading(String text) implements Block {
        public String type() {
            return "heading";
        }
    }

    /** Markdown, rendered and then sanitized, so no script or style of the author's reaches a reader. */
    record Text(String markdown) implements Block {
        public String type() {
            return "text";
        }
    }

    /** An uploaded picture, served by Convoca; {@code caption} doubles as the photo credit. */
    record Image(UUID imageId, String alt, String caption) implements Block {
        public String type() {
            return "image";
        }
    }

    record Button(String label, String url) implements Block {
        public String type() {
            return "button";
        }
    }

    record Divider() implements Block {
        public String type() {
            return "divider";
        }
    }

    /** HTML written elsewhere (an API client's {@code body}); sanitized like Markdown's output. */
    record Html(String html) implements Block {
        public String type() {
            return "html";
        }
    }
}
