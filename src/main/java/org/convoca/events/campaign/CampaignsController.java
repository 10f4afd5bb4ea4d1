package org.convoca.events.campaign;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convoca.events.Event;
import org.convoca.events.EventLimits;
import org.convoca.events.Events;
import org.convoca.events.details.Details;
import org.convoca.events.details.EventDetails;
import org.convoca.shared.Slugs;
import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.Workspace;
import org.convoca.workspace.Workspaces;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Staff pages for event campaigns: the owner creates one and invites partner workspaces; the owner and every
 * invited partner add their own events, each with the region and postal code the public page groups and searches by.
 */
@Controller
class CampaignsController {

    static final int TITLE = 300;
    static final int DESCRIPTION = 20_000;

    private final Campaigns campaigns;
    private final Events events;
    private final EventDetails details;
    private final Workspaces workspaces;
    private final AuditLog audit;
    private final Reviewing reviewing;

    CampaignsController(Campaigns campaigns, Events events, EventDetails details, Workspaces workspaces,
            AuditLog audit, Reviewing reviewing) {
        this.reviewing = reviewing;
        this.campaigns = campaigns;
        this.events = events;
        this.details = details;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @GetMapping("/admin/event-campaigns")
    String list(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("owned", campaigns.ownedBy(staff.workspaceId(), 0, 200));
        model.addAttribute("hosted", campaigns.hostedBy(staff.workspaceId(), 200));
        return "events/campaign/list";
    }

    @GetMapping("/admin/event-campaigns/new")
    @PreAuthorize("hasRole('ORGANIZER')")
    String add(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("problems", Map.of());
        model.addAttribute("campaign", null);
        return "events/campaign/form";
    }

    @PostMapping("/admin/event-campaigns")
    @PreAuthorize("hasRole('ORGANIZER')")
    String create(@AuthenticationPrincipal Staff staff, @RequestParam Map<String, String> input, Model model,
            HttpServletResponse response) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Campaign.Text> texts = texts(input, problems);
        if (!problems.isEmpty()) {
            return form(model, input, problems, null, response);
        }
        String language = texts.keySet().iterator().next();
        String slug = Slugs.of(texts.get(language).title(), 70);
        Campaign c = campaigns.create(staff.workspaceId(), slug.isEmpty() ? "campaign" : slug, language, texts);
        audit.record(staff, "events.campaign.create", "\"" + c.title() + "\" (" + c.id() + ")");
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @GetMapping("/admin/event-campaigns/{id}/edit")
    @PreAuthorize("hasRole('ORGANIZER')")
    String edit(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, Model model) {
        Campaign c = owned(staff, id);
        Map<String, String> form = new LinkedHashMap<>();
        c.texts().forEach((language, t) -> {
            form.put("title_" + language, t.title());
            form.put("description_" + language, t.description());
        });
        model.addAttribute("form", form);
        model.addAttribute("problems", Map.of());
        model.addAttribute("campaign", c);
        return "events/campaign/form";
    }

    @PostMapping("/admin/event-campaigns/{id}")
    @PreAuthorize("hasRole('ORGANIZER')")
    String update(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @RequestParam Map<String, String> input,
            Model model, HttpServletResponse response) {
        Campaign c = owned(staff, id);
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Campaign.Text> texts = texts(input, problems);
        if (!problems.isEmpty()) {
            return form(model, input, problems, c, response);
        }
        campaigns.update(c, texts);
        audit.record(staff, "events.campaign.update", "\"" + c.title() + "\" (" + c.id() + ")");
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    private static String form(Model model, Map<String, String> input, Map<String, String> problems, Campaign c,
            HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("form", input);
        model.addAttribute("problems", problems);
        model.addAttribute("campaign", c);
        return "events/campaign/form";
    }

    /** The texts in each language with a title; at least one is needed. */
    private static Map<String, Campaign.Text> texts(Map<String, String> input, Map<String, String> problems) {
        Map<String, Campaign.Text> texts = new LinkedHashMap<>();
        for (String language : EventLimits.LANGUAGES) {
            String title = EventLimits.clean(input.get("title_" + language));
            String description = EventLimits.cleanBlock(input.get("description_" + language));
            if (title.length() > TITLE) {
                problems.put("title_" + language, "events.campaign.error.title-long");
            }
            if (description.length() > DESCRIPTION) {
                problems.put("description_" + language, "events.campaign.error.description-long");
            }
            if (title.isEmpty() && !description.isEmpty()) {
                problems.put("title_" + language, "events.campaign.error.title-required");
            }
            if (!title.isEmpty()) {
                texts.put(language, new Campaign.Text(language, title, description));
            }
        }
        if (texts.isEmpty() && problems.isEmpty()) {
            problems.put("title_en", "events.campaign.error.title-required");
        }
        return texts;
    }

    @GetMapping("/admin/event-campaigns/{id}")
    String show(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String done, HttpServletRequest request, Model model) {
        model.addAttribute("linkSent", "link-sent".equals(done));
        return page(staff, visible(staff, id), request, model, null);
    }

    @PostMapping("/admin/event-campaigns/{id}/events")
    @PreAuthorize("hasRole('ORGANIZER')")
    String addEvent(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(name = "event_id", required = false) UUID eventId,
            @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String locality,
            @RequestParam(name = "postal_code", defaultValue = "") String postalCode, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Campaign c = visible(staff, id);
        Event e = eventId == null ? null : events.find(staff.workspaceId(), eventId).orElse(null);
        if (e == null) {
            response.setStatus(422);
            return page(staff, c, request, model, "events.campaign.error.choose-event");
        }
        campaigns.add(c, e);
        details.save(staff.workspaceId(), e.id(), details.of(staff.workspaceId(), e.id())
                .withPlace(region, locality, postalCode));
        audit.record(staff, "events.campaign.add-event", "\"" + e.title() + "\" (" + e.id() + ") to campaign "
                + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @PostMapping("/admin/event-campaigns/{id}/events/{eventId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String removeEvent(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID eventId) {
        Campaign c = visible(staff, id);
        if (!campaigns.remove(c, staff.workspaceId(), eventId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(staff, "events.campaign.remove-event", eventId + " from campaign " + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @PostMapping("/admin/event-campaigns/{id}/hosts")
    @PreAuthorize("hasRole('ORGANIZER')")
    String invite(@AuthenticationPrincipal Staff staff, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String slug, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Campaign c = owned(staff, id);
        String s = slug.strip().toLowerCase(java.util.Locale.ROOT);
        Workspace partner = s.length() > 100 ? null : workspaces.findBySlug(s).orElse(null);
        if (partner == null || partner.id().equals(staff.workspaceId())) {
            response.setStatus(422);
            return page(staff, c, request, model, "events.campaign.error.no-workspace");
        }
        campaigns.invite(c, partner.id());
        audit.record(staff, "events.campaign.invite", partner.slug() + " to campaign " + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    @PostMapping("/admin/event-campaigns/{id}/hosts/{hostId}/remove")
    @PreAuthorize("hasRole('ORGANIZER')")
    String uninvite(@AuthenticationPrincipal Staff staff, @PathVariable UUID id, @PathVariable UUID hostId) {
        Campaign c = owned(staff, id);
        campaigns.uninvite(c, hostId);
        audit.record(staff, "events.campaign.uninvite", hostId + " from campaign " + c.id());
        return "redirect:/admin/event-campaigns/" + c.id();
    }

    private String page(Staff staff, Campaign c, HttpServletRequest request, Model model, String problem) {
        Workspace owner = workspaces.findById(c.workspaceId()).orElseThrow();
        List<CampaignEvent> joined = campaigns.events(c, staff.language());
        List<Event> mine = events.newest(staff.workspaceId(), 0, 200).stream()
                .filter(e -> !e.hasEnded(Instant.now()) && joined.stream().noneMatch(j -> j.eventId().equals(e.id())))
                .toList();
        model.addAttribute("campaign", c);
        boolean owns = c.workspaceId().equals(staff.workspaceId());
        model.addAttribute("owner", owns);
        model.addAttribute("offers", owns ? reviewing.offers(c, Hosting.Status.PENDING) : List.of());
        model.addAttribute("hostedBy", owns ? reviewing.hosts(c) : Map.of());
        model.addAttribute("ownerName", owner.name());
        model.addAttribute("hosts", campaigns.hosts(c));
        model.addAttribute("joined", joined);
        model.addAttribute("mine", mine);
        model.addAttribute("myWorkspace", staff.workspaceId());
        model.addAttribute("problem", problem);
        model.addAttribute("publicUrl", ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath("/" + owner.slug() + "/event-campaigns/" + c.slug()).replaceQuery(null).build()
                .toUriString());
        return "events/campaign/show";
    }

    private Campaign visible(Staff staff, UUID id) {
        return campaigns.findVisibleTo(staff.workspaceId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Campaign owned(Staff staff, UUID id) {
        Campaign c = visible(staff, id);
        if (!c.workspaceId().equals(staff.workspaceId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return c;
    }
}
