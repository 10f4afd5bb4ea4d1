package org.convoca.shared;

import java.util.Optional;

/**
 * The only images Convoca serves for others to see: PNG, JPEG, GIF and WebP, recognized by their first bytes and
 * never by a name or a browser's claim. SVG is not among them, for it can carry scripts.
 */
public final class ImageTypes {

    private ImageTypes() {
    }

    /** The image's type, from its first bytes; empty when it is none of the four accepted kinds. */
    public static Optional<String> of(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
