package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.convoca.actions.Petition;
import org.convoca.actions.SignatureCounts;
import org.convoca.actions.Signatures;
import org.convoca.actions.Signer;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Role;
import org.convoca.workspace.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A petition's signatures for staff: the paged list, the CSV export and the delivery document. */
@Controller
class SignaturesController {

    static final int PAGE = 50;
    /** The delivery document lists names up to this many; past it, it gives the count alone. */
    static final int MAX_NAMES = 50_000;

    private final StaffPetitions context;
    private final Signatures signatures;
    private final SignatureCounts counts;
    private final AuditLog audit;

    SignaturesController(StaffPetitions context, Signatures signatures, SignatureCounts counts, AuditLog audit) {
        this.context = context;
        this.signatures = signatures;
        this.counts = counts;
        this.audit = audit;
    }

    @GetMapping("/admin/petitions/{id}/signatures")
    String list(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
        Petition p = context.find(staff, id);
        long n = StaffPetitions.pageNumber(page);
        List<Signer> found = signatures.newest(staff.workspaceId(), p.id(), (n - 1) * PAGE, PAGE + 1);
        model.addAttribute("petition", p);
        model.addAttribute("signers", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("count", counts.of(staff.workspaceId(), p.id()));
        model.addAttribute("pageNumber", n);
        model.addAttribute("hasNext", found.size() > PAGE);
        model.addAttribute("dates", context.dates(staff, locale));
        return "actions/signatures";
    }

    /** Every signature as CSV, streamed; recorded in the audit log, since it is a copy of people's details. */
    @GetMapping("/admin/petitions/{id}/signatures.csv")
    @PreAuthorize("hasRole('ORGANIZER')")
    void export(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Petition p = context.find(staff, id);
        audit.record(staff, "petitions.export", "Signatures of \"" + p.title() + "\" (" + p.id() + ") as CSV");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"signatures-" + p.slug() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        SignaturesCsv.write(out, each -> signatures.forEachSigner(staff.workspaceId(), p.id(), each));
        out.flush();
    }

    /**
     * The document to hand to the addressee, ready to print or save as PDF from the browser. With
     * {@code names=yes} (organizers, audit-logged) it lists the signers' names and postal codes.
     */
    @GetMapping("/admin/petitions/{id}/delivery")
    String delivery(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String names, @RequestParam(defaultValue = "") String lang,
            Model model, Locale locale) {
        Petition p = context.find(staff, id);
        boolean withNames = names.equals("yes");
        if (withNames && staff.role() == Role.VIEWER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        long count = counts.of(staff.workspaceId(), p.id());
        List<Signer> listed = new ArrayList<>();
        if (withNames && count <= MAX_NAMES) {
            audit.record(staff, "petitions.delivery", "Delivery document with signers' names of \"" + p.title()
                    + "\" (" + p.id() + ")");
            signatures.forEachSigner(staff.workspaceId(), p.id(), listed::add);
        }
        String language = p.texts().containsKey(lang) ? lang : p.defaultLanguage();
        model.addAttribute("petition", p);
        model.addAttribute("text", p.text(language));
        model.addAttribute("language", language);
        model.addAttribute("count", count);
        model.addAttribute("signers", listed);
        model.addAttribute("tooMany", withNames && count > MAX_NAMES);
        model.addAttribute("dates", context.dates(staff, Locale.forLanguageTag(language)));
        model.addAttribute("workspaceName", staff.workspaceName());
        return "actions/delivery";
    }
}
