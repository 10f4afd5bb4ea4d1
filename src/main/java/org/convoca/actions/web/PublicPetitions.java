package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convoca.actions.CoSponsor;
import org.convoca.actions.Petition;
import org.convoca.actions.PetitionChanges;
import org.convoca.actions.PetitionLimits;
import org.convoca.actions.PetitionText;
import org.convoca.actions.Petitions;
import org.convoca.actions.SignatureCounts;
import org.convoca.actions.Signatures;
import org.convoca.actions.Signing;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the public page and the embedded form share: finding the petition, its language, and its view. A
 * published petition and its co-sponsors' boxes are kept in memory for a second, so that a flood of signatures
 * does not read them again for each one; a change made on this node is seen at once, one made on another within
 * that second.
 */
@Component
class PublicPetitions {

    /** A published petition and the workspace it belongs to. */
    record Found(Workspace workspace, Petition petition) {
    }

    static final int LISTED = 20;
    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final int MAX_KEPT = 10_000;

    private record Kept(Found found, Map<String, List<OptInBox>> boxes, long version, long readAt) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private final Workspaces workspaces;
    private final Petitions petitions;
    private final Signatures signatures;
    private final SignatureCounts counts;
    private final Signing signing;
    private final MessageSource messages;
    private final PetitionChanges changes;

    PublicPetitions(Workspaces workspaces, Petitions petitions, Signatures signatures, SignatureCounts counts,
            Signing signing, MessageSource messages, PetitionChanges changes) {
        this.workspaces = workspaces;
        this.petitions = petitions;
        this.signatures = signatures;
        this.counts = counts;
        this.signing = signing;
        this.messages = messages;
        this.changes = changes;
    }

    /** The petition, if it exists and is published; drafts and other workspaces' petitions are simply not here. */
    Found find(String workspaceSlug, String slug) {
        String key = workspaceSlug + "/" + slug;
        long version = changes.version();
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && k.version() == version && now - k.readAt() < FRESH_NANOS) {
            return k.found();
        }
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        Found found = load(workspaceSlug, slug);
        kept.put(key, new Kept(found, new ConcurrentHashMap<>(), version, now));
        return found;
    }

    private Found load(String workspaceSlug, String slug) {
        return workspaces.findBySlug(workspaceSlug)
                .flatMap(w -> petitions.findBySlug(w.id(), slug).filter(Petition::isPublic).map(p -> new Found(w, p)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The language asked for in the address, else the reader's, if the petition has it; else its default. */
    static String language(Petition petition, String asked, Locale reader) {
        if (asked != null && petition.texts().containsKey(asked)) {
            return asked;
        }
        return petition.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : petition.defaultLanguage();
    }

    long count(Found f) {
        return counts.of(f.workspace().id(), f.petition().id());
    }

    PetitionView view(Found f, String language, boolean embed, boolean withSigners, HttpServletRequest request) {
        Petition p = f.petition();
        PetitionText text = p.text(language);
        String consent = consent(f, language);
        List<OptInBox> boxes = optIns(f, language);
        String path = "/" + f.workspace().slug() + "/petitions/" + p.slug();
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        return new PetitionView(f.workspace().name(), p, text, language, p.languages(), count(f),
                Markdown.html(text.body()), Markdown.html(text.thanks()), consent, boxes,
                withSigners && p.showSigners() ? signatures.listed(f.workspace().id(), p.id(), LISTED) : List.of(),
                path, url, seen(consent, boxes), embed);
    }

    /** The consent text the form shows: the petition's own, or the standard one naming the workspace. */
    String consent(Found f, String language) {
        String own = f.petition().text(language).consent();
        return own.isEmpty() ? t(language, "actions.sign.consent.default", f.workspace().name()) : own;
    }

    List<OptInBox> optIns(Found f, String language) {
        Kept k = kept.get(f.workspace().slug() + "/" + f.petition().slug());
        return k != null && k.found() == f ? k.boxes().computeIfAbsent(language, l -> boxes(f, l)) : boxes(f, language);
    }

    private List<OptInBox> boxes(Found f, String language) {
        List<CoSponsor> sponsors = signing.coSponsors(f.petition());
        return sponsors.stream().map(c -> new OptInBox(c.workspaceId().toString(),
                t(language, "actions.sign.opt-in", PetitionLimits.clean(c.name())))).toList();
    }

    /** A short fingerprint of the texts a form showed, so a signature records exactly what was on the screen. */
    static String seen(String consent, List<OptInBox> boxes) {
        List<String> more = new java.util.ArrayList<>();
        for (OptInBox b : boxes) {
            more.add(b.partnerId());
            more.add(b.text());
        }
        return SeenTexts.of(consent, more);
    }

    String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(language));
    }
}
