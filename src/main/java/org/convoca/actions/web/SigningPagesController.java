package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The addresses every action people sign has below its own (the subclass's {@code @RequestMapping}): the page,
 * signing and the thank-you page, and each again under {@code /embed} for other sites to frame. Each is mapped on
 * its own rather than told apart by the address, which a slug such as {@code embed} would fool.
 */
public abstract class SigningPagesController {

    private final SigningPages pages;

    protected SigningPagesController(SigningPages pages) {
        this.pages = pages;
    }

    @GetMapping
    public String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, locale, false, request, model);
    }

    @PostMapping
    public String sign(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.sign(workspace, slug, lang, locale, false, request, response, model);
    }

    @GetMapping("/thanks")
    public String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, locale, false, request, model);
    }

    @GetMapping("/embed")
    public String embed(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.page(workspace, slug, lang, locale, true, request, model);
    }

    @PostMapping("/embed")
    public String signEmbedded(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return pages.sign(workspace, slug, lang, locale, true, request, response, model);
    }

    @GetMapping("/embed/thanks")
    public String thanksEmbedded(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        return pages.thanks(workspace, slug, lang, locale, true, request, model);
    }
}
