package org.convoca.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convoca.support.Fixtures;
import org.convoca.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The confirmation's calendar invitation as a real SMTP relay (GreenMail) receives it, not as Convoca stored it.
 */
class CalendarInviteDeliveryTests extends EventRelay {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired TestEvents testEvents;

    @Test
    void theConfirmationCarriesATextCalendarRequestWithTheEventsZoneAndUid() throws Exception {
        var w = fixtures.workspace("Red Sur");
        Instant start = Instant.parse("2027-06-08T15:00:00Z");
        Event draft = TestEvents.draft("derechos-sur", start, start.plusSeconds(5400),
                "America/Argentina/Buenos_Aires", 0, "https://meet.example.org/sur", "");
        Event e = testEvents.create(w.id(), draft);
        String path = "/" + w.workspace().slug() + "/events/derechos-sur";
        String to = "zoe-" + System.nanoTime() + "@example.org";
        WebSession browser = new WebSession(port).acceptLanguage("es");
        WebSession.Page form = browser.get(path);
        Map<String, String> fields = new HashMap<>(Map.of("given_name", "Zoë 🌻 <b>", "family_name", "Ñúñez\u202e",
                "email", to));
        fields.put("seen", form.html().selectFirst("input[name=seen]").val());
        assertThat(browser.postRaw(form.html().selectFirst("form.register").attr("action"), fields).url())
                .endsWith("s=registered");

        MimeMessage mail = receivedBy(to, "");
        assertThat(mail.getSubject()).startsWith("Su inscripción está confirmada: Conozca sus derechos");
        List<Part> calendars = new ArrayList<>();
        collect(mail, calendars);
        assertThat(calendars).hasSize(1);
        Part invite = calendars.getFirst();
        assertThat(invite.getContentType()).containsIgnoringCase("method=REQUEST").containsIgnoringCase("UTF-8");
        assertThat(invite.getFileName()).isEqualTo("invite.ics");
        String folded;
        try (InputStream in = invite.getInputStream()) {
            folded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(folded.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        String ics = folded.replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nMETHOD:REQUEST\r\n",
                "\r\nUID:" + CalendarFile.uid(e) + "\r\n",
                "\r\nDTSTART;TZID=America/Argentina/Buenos_Aires:20270608T120000\r\n",
                "\r\nDTEND;TZID=America/Argentina/Buenos_Aires:20270608T133000\r\n",
                "\r\nTZID:America/Argentina/Buenos_Aires\r\n", "SUMMARY:Conozca sus derechos\r\n",
                "https://meet.example.org/sur",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + to + "\r\n");
    }

    /** Every text/calendar part of the message, however deep the multiparts nest. */
    private static void collect(Part part, List<Part> found) throws Exception {
        if (part.isMimeType("text/calendar")) {
            found.add(part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart m = (Multipart) part.getContent();
            for (int i = 0; i < m.getCount(); i++) {
                BodyPart child = m.getBodyPart(i);
                collect(child, found);
            }
        }
    }
}
