package org.convoca.actions.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.convoca.actions.signon.LetterCoSponsors;
import org.convoca.actions.signon.LetterImages;
import org.convoca.actions.signon.LetterLimits;
import org.convoca.actions.signon.LetterText;
import org.convoca.actions.signon.Signatories;
import org.convoca.actions.signon.SignonLetter;
import org.convoca.actions.signon.SignonLetters;
import org.convoca.actions.web.Dates;
import org.convoca.actions.web.Markdown;
import org.convoca.actions.web.OptInBox;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the public letter page and its embedded form share: finding the letter, its language, and its view. */
@Component
class PublicSignOnLetters {

    /** A published letter and the workspace it belongs to. */
    record Found(Workspace workspace, SignonLetter letter) {
    }

    private final Workspaces workspaces;
    private final SignonLetters letters;
    private final Signatories signatories;
    private final LetterCoSponsors coSponsors;
    private final MessageSource messages;
    private final LetterImages images;

    PublicSignOnLetters(Workspaces workspaces, SignonLetters letters, Signatories signatories, LetterCoSponsors coSponsors,
            MessageSource messages, LetterImages images) {
        this.images = images;
        this.workspaces = workspaces;
        this.letters = letters;
        this.signatories = signatories;
        this.coSponsors = coSponsors;
        this.messages = messages;
    }

    /** The letter, if it exists and is published; drafts and other workspaces' letters are simply not here. */
    Found find(String workspaceSlug, String slug) {
        return workspaces.findBySlug(workspaceSlug)
                .flatMap(w -> letters.findBySlug(w.id(), slug).filter(SignonLetter::isPublic).map(l -> new Found(w, l)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The language asked for in the address, else the reader's, if the letter has it; else its default. */
    static String language(SignonLetter letter, String asked, Locale reader) {
        if (asked != null && letter.texts().containsKey(asked)) {
            return asked;
        }
        return letter.texts().containsKey(reader.getLanguage()) ? reader.getLanguage() : letter.defaultLanguage();
    }

    LetterView view(Found f, String language, boolean embed, HttpServletRequest request) {
        SignonLetter l = f.letter();
        LetterText text = l.text(language);
        String consent = consent(f, language);
        List<OptInBox> boxes = optIns(f, language);
        String path = "/" + f.workspace().slug() + "/sign-on/" + l.slug();
        String url = ServletUriComponentsBuilder.fromContextPath(request).replacePath(path).replaceQuery(null)
                .build().toUriString();
        return new LetterView(f.workspace().name(), l, text, language, l.languages(), Markdown.html(text.body()),
                Markdown.html(text.thanks()), consent, boxes, signatories.listed(f.workspace().id(), l.id()),
                l.isOpen(Instant.now()), deadline(f, language), path, url, seen(consent, boxes), embed,
                images.exists(f.workspace().id(), l.id()));
    }

    /** The consent text the form shows: the letter's own, or the standard one naming the workspace. */
    String consent(Found f, String language) {
        String own = f.letter().text(language).consent();
        return own.isEmpty() ? t(language, "signon.sign.consent.default", f.workspace().name()) : own;
    }

    /** One box per co-sponsor, in the letter's language. */
    List<OptInBox> optIns(Found f, String language) {
        return coSponsors.of(f.workspace().id(), f.letter().id()).stream().map(c -> new OptInBox(
                c.workspaceId().toString(), t(language, "actions.sign.opt-in", LetterLimits.clean(c.name())))).toList();
    }

    private String deadline(Found f, String language) {
        if (f.letter().deadline() == null) {
            return "";
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(f.workspace().timeZone());
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneId.of("UTC");
        }
        return new Dates(zone, Locale.forLanguageTag(language)).format(f.letter().deadline());
    }

    /** A short fingerprint of the texts a form showed, so a signature records exactly what was on the screen. */
    static String seen(String consent, List<OptInBox> boxes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(consent.getBytes(StandardCharsets.UTF_8));
            for (OptInBox b : boxes) {
                sha.update(("\0" + b.partnerId() + "\0" + b.text()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(language));
    }
}
