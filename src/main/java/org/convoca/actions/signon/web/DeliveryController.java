package org.convoca.actions.signon.web;

import static org.convoca.actions.web.SignaturesCsv.safe;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonSignature;
import org.convoca.actions.signon.SignonSignatures;
import org.convoca.actions.web.Markdown;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Delivering a letter: a print-ready document (the letter, the date, the signatories as listed publicly) and,
 * for organizers, every signature with its contact as CSV, recorded in the audit log since it copies people's
 * details.
 */
@Controller
class DeliveryController {

    private static final String[] HEADER = {"signed_at", "status", "kind", "organization", "listed_as", "locality",
        "region", "scope", "website", "signer_name", "signer_title", "affiliation", "email", "language", "source"};

    private final StaffSignOnLetters context;
    private final SignonSignatures signatures;
    private final Signatories signatories;
    private final AuditLog audit;

    DeliveryController(StaffSignOnLetters context, SignonSignatures signatures, Signatories signatories, AuditLog audit) {
        this.context = context;
        this.signatures = signatures;
        this.signatories = signatories;
        this.audit = audit;
    }

    @GetMapping("/admin/sign-on/{id}/delivery")
    String delivery(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(required = false) String lang, Model model, Locale locale) {
        SignonLetter l = context.find(staff, id);
        String language = lang != null && l.texts().containsKey(lang) ? lang : l.defaultLanguage();
        model.addAttribute("letter", l);
        model.addAttribute("text", l.text(language));
        model.addAttribute("language", language);
        model.addAttribute("bodyHtml", Markdown.html(l.text(language).body()));
        model.addAttribute("date", context.dates(staff, Locale.forLanguageTag(language)).day(Instant.now()));
        model.addAttribute("signatories", signatories.listed(staff.workspaceId(), l.id()));
        model.addAttribute("workspaceName", staff.workspaceName());
        return "signon/delivery";
    }

    @GetMapping("/admin/sign-on/{id}/signatures.csv")
    @PreAuthorize("hasRole('ORGANIZER')")
    void csv(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        SignonLetter l = context.find(staff, id);
        audit.record(staff, "signon.export", "Signatures with contacts of \"" + l.title() + "\" (" + l.id()
                + ") as CSV");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"signon-" + l.slug() + ".csv\"");
        var listedAs = new java.util.HashMap<UUID, String>();
        signatories.listings(staff.workspaceId(), l.id()).forEach(x -> listedAs.put(x.id(), x.name()));
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(HEADER);
        for (SignonSignature s : signatures.all(staff.workspaceId(), l.id())) {
            csv.writeRecord(DateTimeFormatter.ISO_INSTANT.format(s.createdAt()), s.status().wire(),
                    s.organization() ? "organization" : "individual", safe(s.orgName()),
                    safe(s.listingId() == null ? "" : listedAs.getOrDefault(s.listingId(), "")), safe(s.locality()),
                    safe(s.region()), s.scope(), safe(s.website()), safe(s.signerName()), safe(s.signerTitle()),
                    safe(s.affiliation()), safe(s.email()), s.language(), safe(s.source()));
        }
        csv.flush();
    }
}
