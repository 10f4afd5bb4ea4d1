package org.convoca.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.convoca.workspace.ApiKeys;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.convoca.workspace.security.StaffAuthentications;
import org.convoca.workspace.settings.SettingsForm;
import org.convoca.workspace.settings.WorkspaceSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Workspace settings and API keys, for admins and owners. */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

    private final Workspaces workspaces;
    private final WorkspaceSettings settings;
    private final ApiKeys keys;
    private final AuditLog audit;

    SettingsController(Workspaces workspaces, WorkspaceSettings settings, ApiKeys keys, AuditLog audit) {
        this.workspaces = workspaces;
        this.settings = settings;
        this.keys = keys;
        this.audit = audit;
    }

    @GetMapping
    String page(@AuthenticationPrincipal Staff staff, @RequestParam(required = false) String saved, Model model,
            Locale locale) {
        Workspace w = workspaces.findById(staff.workspaceId()).orElseThrow();
        return show(model, staff, locale, SettingsForm.of(w), Map.of(), saved != null, null, null);
    }

    @PostMapping
    String save(@AuthenticationPrincipal Staff staff, @ModelAttribute SettingsForm form, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = settings.save(staff, form);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return show(model, staff, locale, form, errors, false, null, null);
        }
        StaffAuthentications.signIn(staff.in(staff.workspaceId(), form.slug(), form.name(), staff.role()), request,
                response);
        return "redirect:/admin/settings?saved";
    }

    @PostMapping("/api-keys")
    String createKey(@AuthenticationPrincipal Staff staff, @RequestParam(defaultValue = "") String name, Model model,
            Locale locale, HttpServletResponse response) {
        Workspace w = workspaces.findById(staff.workspaceId()).orElseThrow();
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 200 || clean.chars().anyMatch(c -> c < 0x20)) {
            response.setStatus(422);
            return show(model, staff, locale, SettingsForm.of(w), Map.of(), false, null, "settings.error.key-name");
        }
        ApiKeys.NewKey key = keys.create(w.id(), clean);
        audit.record(staff, "apikey.create", key.key().name() + " (" + key.key().prefix() + "…)");
        response.setStatus(201);
        return show(model, staff, locale, SettingsForm.of(w), Map.of(), false, key, null);
    }

    @PostMapping("/api-keys/{id}/revoke")
    String revokeKey(@AuthenticationPrincipal Staff staff, @PathVariable UUID id) {
        var key = keys.of(staff.workspaceId()).stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (keys.revoke(staff.workspaceId(), id)) {
            audit.record(staff, "apikey.revoke", key.name() + " (" + key.prefix() + "…)");
        }
        return "redirect:/admin/settings#api-keys";
    }

    private String show(Model model, Staff staff, Locale locale, SettingsForm form, Map<String, String> errors,
            boolean saved, ApiKeys.NewKey newKey, String keyError) {
        Workspace w = workspaces.findById(staff.workspaceId()).orElseThrow();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("zones", SettingsForm.COMMON_ZONES);
        model.addAttribute("keys", keys.of(w.id()));
        model.addAttribute("newKey", newKey);
        model.addAttribute("keyError", keyError);
        model.addAttribute("formats", Formats.of(w.timeZone(), locale));
        return "workspace/settings";
    }
}
