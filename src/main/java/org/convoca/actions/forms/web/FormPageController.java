package org.convoca.actions.forms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.convoca.shared.web.Ui;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public form at {@code /{workspace}/forms/{slug}} and its embedded twin at {@code .../embed}, which other sites
 * may frame (the public pages' security rule says so), with {@code embed.js} to place it by a script tag.
 */
@Controller
@RequestMapping(FormPageController.PATH)
class FormPageController {

    static final String PATH = "/{workspace:[a-z0-9][a-z0-9-]{0,62}}/forms/{slug:[a-z0-9][a-z0-9-]{0,79}}";

    private final PublicForms forms;
    private final PublicSubmitting submitting;
    private final MessageSource messages;
    private final JsonMapper json;

    FormPageController(PublicForms forms, PublicSubmitting submitting, MessageSource messages, JsonMapper json) {
        this.forms = forms;
        this.submitting = submitting;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping({"", "/embed"})
    String page(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        FormView view = view(workspace, slug, lang, locale, request);
        return page(model, view, FormEntry.empty(), Map.of(), null);
    }

    @PostMapping({"", "/embed"})
    String submit(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PublicForms.Found f = forms.find(workspace, slug);
        FormView view = forms.view(f, PublicForms.language(f.form(), lang, locale), embedded(request), request);
        PublicSubmitting.Outcome outcome = submitting.submit(f, view, request);
        if (outcome.kind() == PublicSubmitting.Kind.SUBMITTED) {
            return "redirect:" + view.path() + (view.embed() ? "/embed" : "") + "/thanks?lang=" + view.language();
        }
        if (outcome.kind() == PublicSubmitting.Kind.LIMITED) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
        } else {
            response.setStatus(switch (outcome.kind()) {
                case INVALID -> 422;
                case TOO_LARGE -> 413;
                default -> HttpServletResponse.SC_CONFLICT;
            });
        }
        return page(model, view, outcome.entry(), outcome.problems(),
                "forms.submit." + outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @GetMapping({"/thanks", "/embed/thanks"})
    String thanks(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request, Model model) {
        FormView view = view(workspace, slug, lang, locale, request);
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        return "forms/thanks";
    }

    @GetMapping("/embed.js")
    ResponseEntity<String> script(@PathVariable String workspace, @PathVariable String slug,
            @RequestParam(required = false) String lang, Locale locale, HttpServletRequest request) {
        PublicForms.Found f = forms.find(workspace, slug);
        String language = PublicForms.language(f.form(), lang, locale);
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String src = origin + "/" + f.workspace().slug() + "/forms/" + f.form().slug() + "/embed?lang=" + language;
        String script = """
                (function () {
                  var here = document.currentScript, frame = document.createElement('iframe');
                  frame.src = %s;
                  frame.title = %s;
                  frame.loading = 'lazy';
                  frame.style.cssText = 'width:100%%;max-width:40rem;height:56rem;border:0;display:block';
                  here.parentNode.insertBefore(frame, here);
                  window.addEventListener('message', function (e) {
                    if (e.origin === %s && e.source === frame.contentWindow && e.data && e.data.convocaHeight > 0) {
                      frame.style.height = Math.min(e.data.convocaHeight, 10000) + 'px';
                    }
                  });
                })();
                """.formatted(js(src), js(f.form().text(language).title()), js(origin));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(script);
    }

    private FormView view(String workspace, String slug, String lang, Locale locale, HttpServletRequest request) {
        PublicForms.Found f = forms.find(workspace, slug);
        return forms.view(f, PublicForms.language(f.form(), lang, locale), embedded(request), request);
    }

    private static boolean embedded(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith("/embed") || uri.endsWith("/embed/thanks");
    }

    private String page(Model model, FormView view, FormEntry entry, Map<String, String> problems, String notice) {
        model.addAttribute("ui", ui(view));
        model.addAttribute("view", view);
        model.addAttribute("entry", entry);
        model.addAttribute("problems", problems);
        model.addAttribute("notice", notice);
        return "forms/public";
    }

    /** Public pages carry no session, so no CSRF token and no one signed in; only the texts and the language. */
    private Ui ui(FormView view) {
        return new Ui(messages, Locale.forLanguageTag(view.language()), "_csrf", "X-CSRF-TOKEN", "", null,
                view.path());
    }

    /** A JavaScript string literal; {@code <} is escaped too, so no value can close a script element. */
    private String js(String value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
