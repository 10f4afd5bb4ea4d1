package org.convoca.workspace.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves a workspace's settings when every field is valid, and records which ones changed. */
@Service
public class WorkspaceSettings {

    private final Workspaces workspaces;
    private final AuditLog audit;

    WorkspaceSettings(Workspaces workspaces, AuditLog audit) {
        this.workspaces = workspaces;
        this.audit = audit;
    }

    /** The problems found, by field; empty when the settings were saved. */
    @Transactional
    public Map<String, String> save(Staff actor, SettingsForm form) {
        Map<String, String> errors = form.validate();
        Workspace current = workspaces.findById(actor.workspaceId()).orElseThrow();
        if (!errors.containsKey("slug") && !form.slug().equals(current.slug())
                && workspaces.findBySlug(form.slug()).isPresent()) {
            errors.put("slug", "settings.error.slug-taken");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Workspace updated = form.applyTo(current);
        try {
            workspaces.update(updated);
        } catch (DuplicateKeyException raced) {
            return Map.of("slug", "settings.error.slug-taken");
        }
        List<String> changed = changedFields(current, updated);
        if (!changed.isEmpty()) {
            audit.record(actor, "settings.update", String.join(", ", changed));
        }
        return Map.of();
    }

    private static List<String> changedFields(Workspace a, Workspace b) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "name", a.name(), b.name());
        addIf(changed, "slug", a.slug(), b.slug());
        addIf(changed, "postal address", a.postalAddress(), b.postalAddress());
        addIf(changed, "default language", a.defaultLanguage(), b.defaultLanguage());
        addIf(changed, "time zone", a.timeZone(), b.timeZone());
        addIf(changed, "sender name", a.senderName(), b.senderName());
        addIf(changed, "sender email", a.senderEmail(), b.senderEmail());
        return changed;
    }

    private static void addIf(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
