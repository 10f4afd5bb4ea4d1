package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.convoca.workspace.Staff;
import org.convoca.workspace.security.StaffAuthentications;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switcher: remembered in a cookie, and for signed-in staff on their account. */
@Controller
class LanguageController {

    private final StaffLocaleResolver locales;
    private final StaffAccounts accounts;

    LanguageController(StaffLocaleResolver locales, StaffAccounts accounts) {
        this.locales = locales;
        this.accounts = accounts;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam(defaultValue = "en") String lang, @RequestParam(defaultValue = "/") String back,
            @AuthenticationPrincipal Staff staff, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = StaffLocaleResolver.supported(lang);
        if (locale == null) {
            locale = Locale.ENGLISH;
        }
        locales.setLocale(request, response, locale);
        if (staff != null) {
            accounts.changeLanguage(staff.accountId(), locale.getLanguage());
            StaffAuthentications.signIn(staff.withLanguage(locale.getLanguage()), request, response);
        }
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    // Only paths on this site, so the switcher cannot be used to send people elsewhere.
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() < 2000
                && path.chars().noneMatch(c -> c < 0x20);
    }
}
