package org.convoca.actions.signon.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.actions.signon.Candidate;
import org.convoca.actions.signon.DuplicateCandidates;
import org.convoca.actions.signon.LetterSigning;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.Signatory;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.Hal;
import org.convoca.api.HalLinks;
import org.convoca.api.Identifiers;
import org.convoca.api.OsdiApi;
import org.convoca.api.Paging;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/signon-letters}: letters, signing (an organization with its contact person, or an individual),
 * the public signatory list in its public order, and the possible duplicates with staff's merge and keep-apart.
 */
@RestController
@OsdiApi
@RequestMapping("/api/v1/signon-letters")
class SignonApiController {

    private final SignonLetters letters;
    private final SignonWrites writes;
    private final Signatories signatories;
    private final DuplicateCandidates candidates;
    private final Workspaces workspaces;
    private final AuditLog audit;

    SignonApiController(SignonLetters letters, SignonWrites writes, Signatories signatories,
            DuplicateCandidates candidates, Workspaces workspaces, AuditLog audit) {
        this.letters = letters;
        this.writes = writes;
        this.signatories = signatories;
        this.candidates = candidates;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @GetMapping
    ResponseEntity<Object> list(ApiCaller caller, Paging paging, HalLinks links) {
        long total = letters.count(caller.workspaceId());
        List<SignonLetter> page = paging.offset() < total
                ? letters.page(caller.workspaceId(), paging.offset(), paging.perPage()) : List.of();
        return Hal.ok(Hal.collection("signon_letters", page.stream().map(l -> json(caller, l)).toList(), paging,
                total, links));
    }

    @PostMapping
    ResponseEntity<Object> create(ApiCaller caller, @RequestBody JsonNode body) {
        return Hal.reply(HttpStatus.CREATED, json(caller, writes.create(caller.workspaceId(), body)));
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> one(ApiCaller caller, @PathVariable String id) {
        return Hal.ok(json(caller, writes.find(caller.workspaceId(), id)));
    }

    @PostMapping("/{id}/signatures")
    ResponseEntity<Object> sign(ApiCaller caller, @PathVariable String id, @RequestBody JsonNode body) {
        LetterSigning.Result r = writes.sign(caller.workspaceId(), id, body);
        return Hal.reply(r.counted() ? HttpStatus.CREATED : HttpStatus.OK,
                SignonJson.signature(r.signature(), r.counted(), base() + "/signon-letters/" + r.signature().letterId()));
    }

    @GetMapping("/{id}/signatories")
    ResponseEntity<Object> signatories(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        List<Signatory> all = signatories.listed(caller.workspaceId(), l.id());
        String url = url(l);
        return Hal.ok(Hal.collection("signatories", page(all, paging).stream()
                .map(s -> SignonJson.signatory(s, url)).toList(), paging, all.size(), links));
    }

    @GetMapping("/{id}/signatories/{signatory}")
    ResponseEntity<Object> signatory(ApiCaller caller, @PathVariable String id, @PathVariable String signatory) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        UUID wanted = Identifiers.parse(signatory).orElse(null);
        return Hal.ok(signatories.listed(caller.workspaceId(), l.id()).stream().filter(s -> s.id().equals(wanted))
                .findFirst().map(s -> SignonJson.signatory(s, url(l)))
                .orElseThrow(() -> ApiException.notFound("This letter lists no such signatory.")));
    }

    @GetMapping("/{id}/duplicate-candidates")
    ResponseEntity<Object> candidates(ApiCaller caller, @PathVariable String id, Paging paging, HalLinks links) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        List<Candidate> all = candidates.open(caller.workspaceId(), l.id());
        return Hal.ok(Hal.collection("duplicate_candidates", page(all, paging).stream()
                .map(c -> SignonJson.candidate(c, url(l))).toList(), paging, all.size(), links));
    }

    @GetMapping("/{id}/duplicate-candidates/{candidate}")
    ResponseEntity<Object> candidate(ApiCaller caller, @PathVariable String id, @PathVariable String candidate) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        return Hal.ok(SignonJson.candidate(candidates.find(caller.workspaceId(), l.id(), candidateId(candidate))
                .orElseThrow(SignonApiController::noCandidate), url(l)));
    }

    @PostMapping("/{id}/duplicate-candidates/{candidate}/merge")
    ResponseEntity<Object> merge(ApiCaller caller, @PathVariable String id, @PathVariable String candidate) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        var merged = candidates.merge(caller.workspaceId(), l.id(), candidateId(candidate))
                .orElseThrow(SignonApiController::noCandidate);
        audit.record(caller.workspaceId(), null, "API", "signon.merge", "Merged into \"" + merged.name()
                + "\" on \"" + l.title() + "\"", null);
        return Hal.ok(Map.of("merged", SignonJson.listing(merged),
                "_links", Map.of("signatories", SignonJson.link(url(l) + "/signatories"))));
    }

    @PostMapping("/{id}/duplicate-candidates/{candidate}/keep-apart")
    ResponseEntity<Object> keepApart(ApiCaller caller, @PathVariable String id, @PathVariable String candidate) {
        SignonLetter l = writes.find(caller.workspaceId(), id);
        if (!candidates.keepApart(caller.workspaceId(), l.id(), candidateId(candidate))) {
            throw noCandidate();
        }
        audit.record(caller.workspaceId(), null, "API", "signon.keep-apart", "Pair " + candidate
                + " kept apart on \"" + l.title() + "\"", null);
        return Hal.ok(Map.of("kept_apart", true,
                "_links", Map.of("duplicate_candidates", SignonJson.link(url(l) + "/duplicate-candidates"))));
    }

    private static UUID candidateId(String text) {
        return Identifiers.parse(text).orElseThrow(SignonApiController::noCandidate);
    }

    private static ApiException noCandidate() {
        return ApiException.notFound("No such possible duplicate waits for a decision on this letter.");
    }

    private static <T> List<T> page(List<T> all, Paging paging) {
        long from = Math.min(paging.offset(), all.size());
        return all.subList((int) from, (int) Math.min(all.size(), from + paging.perPage()));
    }

    private Map<String, Object> json(ApiCaller caller, SignonLetter l) {
        return SignonJson.letter(l, signatories.listed(caller.workspaceId(), l.id()).size(), base(), site(caller));
    }

    private String url(SignonLetter l) {
        return base() + "/signon-letters/" + l.id();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/api/v1").replaceQuery(null).build()
                .toUriString();
    }

    /** Where the workspace's public pages are, on the host the client called. */
    private String site(ApiCaller caller) {
        String slug = workspaces.findById(caller.workspaceId()).map(w -> w.slug()).orElse("");
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath("/" + slug).replaceQuery(null)
                .build().toUriString();
    }
}
