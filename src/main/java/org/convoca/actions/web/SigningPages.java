package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.ui.Model;

/**
 * The public pages of one kind of action people sign (petitions, sign-on letters), whole or embedded, in the
 * action's language; {@link SigningPagesController} gives them their addresses.
 */
public interface SigningPages {

    String page(String workspace, String slug, String lang, Locale reader, boolean embed, HttpServletRequest request,
            Model model);

    /** Signs, then to the thank-you page, or the page again with the status that fits what went wrong. */
    String sign(String workspace, String slug, String lang, Locale reader, boolean embed, HttpServletRequest request,
            HttpServletResponse response, Model model);

    String thanks(String workspace, String slug, String lang, Locale reader, boolean embed,
            HttpServletRequest request, Model model);
}
