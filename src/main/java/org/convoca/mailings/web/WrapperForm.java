package org.convoca.mailings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.convoca.mailings.InvalidMailingException;
import org.convoca.mailings.MailingImages;
import org.convoca.mailings.Wrapper;
import org.convoca.shared.Ids;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads the wrapper editor's form. The logo is an uploaded file (stored at once, and sent back as its address when
 * the form has a problem, so it is kept), the address of a picture already uploaded to this workspace, or the one
 * the wrapper had; "remove" wins over all of them.
 */
final class WrapperForm {

    private static final int MAX_FIELD = 10_000;

    private WrapperForm() {
    }

    /** The wrapper as the form has it, and what was wrong with its logo, if anything. */
    record Read(Wrapper wrapper, Map<String, String> problems) {
    }

    static Read read(HttpServletRequest r, UUID id, Wrapper current, UUID workspaceId, MailingImages images) {
        UUID logo = current == null ? null : current.logoImageId();
        Map<String, String> problems = new java.util.HashMap<>();
        String url = field(r, "logo_url").strip();
        if (!url.isEmpty()) {
            String last = url.replaceAll("[?#].*$", "");
            Optional<UUID> named = Ids.parse(last.substring(last.lastIndexOf('/') + 1));
            if (named.isPresent()) {
                logo = named.get();
            } else {
                problems.put("logo", "The logo must be a picture uploaded to this workspace.");
            }
        }
        try {
            logo = upload(r, workspaceId, images).orElse(logo);
        } catch (InvalidMailingException e) {
            problems.putAll(e.problems());
        }
        if ("true".equals(r.getParameter("remove_logo"))) {
            logo = null;
        }
        return new Read(new Wrapper(id, workspaceId, field(r, "name"), field(r, "header_text"), logo,
                field(r, "accent_color"), field(r, "background_color"), field(r, "footer_text"), null, null),
                problems);
    }

    private static Optional<UUID> upload(HttpServletRequest r, UUID workspaceId, MailingImages images) {
        if (!(r instanceof MultipartHttpServletRequest multipart)) {
            return Optional.empty();
        }
        MultipartFile file = multipart.getFile("logo");
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > MailingImages.MAX_BYTES) {
            throw new InvalidMailingException(Map.of("logo", "A picture can be at most "
                    + MailingImages.MAX_BYTES / 1024 / 1024 + " MB."));
        }
        try {
            return Optional.of(images.store(workspaceId, file.getBytes()));
        } catch (IOException e) {
            throw new InvalidMailingException(Map.of("logo", "The picture could not be read."));
        } catch (InvalidMailingException e) {
            throw new InvalidMailingException(Map.of("logo", e.getMessage()));
        }
    }

    private static String field(HttpServletRequest r, String name) {
        String v = r.getParameter(name);
        if (v == null) {
            return "";
        }
        return v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v;
    }
}
