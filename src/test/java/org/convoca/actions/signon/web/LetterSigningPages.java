package org.convoca.actions.signon.web;

import java.util.HashMap;
import java.util.Map;
import org.convoca.support.WebSession;

/** Signs a public letter the way its page's form does. */
final class LetterSigningPages {

    private LetterSigningPages() {
    }

    static WebSession.Page sign(WebSession browser, String path, Map<String, String> fields) {
        WebSession.Page page = browser.get(path);
        Map<String, String> all = new HashMap<>();
        all.put("seen", page.html().selectFirst("input[name=seen]").val());
        all.putAll(fields);
        return browser.postRaw(page.html().selectFirst("form.sign").attr("action"), all);
    }

    static Map<String, String> organization(String name, String email) {
        Map<String, String> f = new HashMap<>();
        f.put("kind", "organization");
        f.put("org_name", name);
        f.put("locality", "Chicago");
        f.put("region", "IL");
        f.put("scope", "state");
        f.put("given_name", "Ana");
        f.put("family_name", "Pérez");
        f.put("title", "Director");
        f.put("email", email);
        return f;
    }
}
