package org.convoca.mailings.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convoca.api.ApiCaller;
import org.convoca.api.ApiException;
import org.convoca.api.ApiJson;
import org.convoca.api.Hal;
import org.convoca.api.OsdiApi;
import org.convoca.mailings.MailEvents;
import org.convoca.mailings.MailReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where bounces and complaints come back, with the workspace's API key: {@code /api/v1/mail-reports} takes a raw
 * message (pipe the bounce mailbox to it: DSNs, ARF reports, unsubscribe emails), {@code /api/v1/mail-events} takes
 * JSON from a relay's webhook: {@code {"events": [{"type": "bounce", "email": "...", "bounce_type": "hard"}]}}.
 */
@RestController
@OsdiApi
class MailReportsController {

    static final int MAX_BODY = 1024 * 1024;
    static final int MAX_EVENTS = 1000;

    private final MailEvents events;
    private final JsonMapper json;

    MailReportsController(MailEvents events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    @PostMapping("/api/v1/mail-reports")
    ResponseEntity<Object> report(ApiCaller caller, HttpServletRequest request) {
        byte[] raw = body(request);
        if (raw.length == 0) {
            throw ApiException.badRequest("Send the raw email message (a bounce or a complaint) as the body.");
        }
        try {
            return answer(events.applyMessage(caller.workspaceId(), raw));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @PostMapping("/api/v1/mail-events")
    ResponseEntity<Object> webhook(ApiCaller caller, HttpServletRequest request) {
        JsonNode body;
        try {
            body = json.readTree(body(request));
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON.");
        }
        List<JsonNode> list = body != null && body.isArray() ? ApiJson.array(body, "events")
                : body != null && body.has("events") ? ApiJson.array(body.get("events"), "events")
                : List.of(ApiJson.object(body, ""));
        if (list.size() > MAX_EVENTS) {
            throw ApiException.badRequest("Send at most " + MAX_EVENTS + " events at a time.");
        }
        List<MailReport> reports = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            reports.add(report(ApiJson.object(list.get(i), "events[" + i + "]"), "events[" + i + "]"));
        }
        return answer(events.apply(caller.workspaceId(), reports));
    }

    private static MailReport report(JsonNode e, String path) {
        String type = ApiJson.text(e.get("type"), path + ".type").strip().toLowerCase(Locale.ROOT);
        String email = ApiJson.text(e.get("email"), path + ".email").strip();
        String messageId = ApiJson.text(e.get("message_id"), path + ".message_id").strip();
        String bounceType = ApiJson.text(e.get("bounce_type"), path + ".bounce_type").strip().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || messageId.length() > 1000) {
            throw ApiException.badRequest(path + " has an email or message_id that is too long.");
        }
        MailReport.Kind kind = switch (type) {
            case "bounce", "bounced" -> bounceType.equals("soft") || bounceType.equals("transient")
                    ? MailReport.Kind.SOFT_BOUNCE : MailReport.Kind.HARD_BOUNCE;
            case "complaint", "spam", "spamreport" -> MailReport.Kind.COMPLAINT;
            case "unsubscribe" -> MailReport.Kind.UNSUBSCRIBE;
            default -> throw ApiException.badRequest(path + ".type must be bounce, complaint or unsubscribe.");
        };
        return new MailReport(kind, email.isEmpty() ? null : email, messageId.isEmpty() ? null : messageId, null,
                type);
    }

    private static ResponseEntity<Object> answer(List<MailEvents.Outcome> outcomes) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (MailEvents.Outcome o : outcomes) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("type", o.kind().name().toLowerCase(Locale.ROOT));
            r.put("applied", o.applied());
            results.add(r);
        }
        return Hal.ok(Map.of("reports", results.size(), "applied", outcomes.stream().filter(
                MailEvents.Outcome::applied).count(), "results", results));
    }

    private static byte[] body(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The body can be at most 1 MB.");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] raw = in.readNBytes(MAX_BODY + 1);
            if (raw.length > MAX_BODY) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "The body can be at most 1 MB.");
            }
            return raw;
        } catch (IOException e) {
            throw ApiException.badRequest("The body could not be read.");
        }
    }
}
