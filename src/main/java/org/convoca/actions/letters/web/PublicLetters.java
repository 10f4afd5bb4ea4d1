package org.convoca.actions.letters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convoca.actions.letters.LetterCampaign;
import org.convoca.actions.letters.LetterCampaigns;
import org.convoca.actions.letters.LetterText;
import org.convoca.actions.letters.LetterWriting;
import org.convoca.actions.letters.Target;
import org.convoca.actions.letters.Targets;
import org.convoca.actions.web.Markdown;
import org.convoca.actions.web.OptInBox;
import org.convoca.actions.web.OptInBoxes;
import org.convoca.actions.web.SeenTexts;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the public letter page and the embedded one share: finding the campaign, its language, and its view. */
@Component
class PublicLetters {

    /** A published campaign and the workspace it belongs to. */
    record Found(Workspace workspace, LetterCampaign campaign) {
    }

    private final Workspaces workspaces;
    private final LetterCampaigns campaigns;
    private final Targets targets;
    private final LetterWriting writing;
    private final MessageSource messages;
    private final OptInBoxes boxes;

    PublicLetters(Workspaces workspaces, LetterCampaigns campaigns, Targets targets, LetterWriting writing,
            OptInBoxes boxes, MessageSource messages) {
        this.workspaces = workspaces;
        this.boxes = boxes;
        this.campaigns = campaigns;
        this.targets = targets;
        this.writing = writing;
        this.messages = messages;
    }

    Found find(String workspaceSlug, String slug) {
        return workspaces.findBySlug(workspaceSlug)
                .flatMap(w -> campaigns.findBySlug(w.id(), slug).filter(LetterCampaign::isPublic)
                        .map(c -> new Found(w, c)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String language(LetterCampaign c, String asked, Locale reader) {
        if (asked != null && c.texts().containsKey(asked)) {
            return asked;
        }
        return c.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : c.defaultLanguage();
    }

    /** The page for a writer in this place (either may be empty), in one language. */
    LetterView view(Found f, String language, String postalCode, String region, boolean embed,
            HttpServletRequest request) {
        LetterCampaign c = f.campaign();
        LetterText text = c.text(language);
        String consent = consent(f, language);
        boolean anyAreas = targets.of(c.workspaceId(), c.id()).stream().anyMatch(t -> !t.representsEveryone());
        boolean noPlace = (postalCode == null || postalCode.isBlank()) && (region == null || region.isBlank());
        List<Target> to = writing.targetsFor(c, region == null ? "" : region, postalCode == null ? "" : postalCode);
        List<String> shown = new ArrayList<>();
        to.forEach(t -> shown.add(t.id() + " " + t.addressed()));
        List<OptInBox> optIns = boxes.of(f.workspace().id(), c.id(), language);
        shown.addAll(OptInBoxes.shown(optIns));
        String path = "/" + f.workspace().slug() + "/letters/" + c.slug();
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        return new LetterView(f.workspace().name(), c, text, language, c.languages(), Markdown.html(text.body()),
                Markdown.html(text.thanks()), consent, to, anyAreas && noPlace, path, url,
                SeenTexts.of(consent, shown), embed, optIns);
    }

    String consent(Found f, String language) {
        String own = f.campaign().text(language).consent();
        return own.isEmpty() ? messages.getMessage("letters.consent.default", new Object[] {f.workspace().name()},
                Locale.forLanguageTag(language)) : own;
    }
}
