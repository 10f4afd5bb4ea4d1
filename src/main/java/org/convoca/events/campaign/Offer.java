package org.convoca.events.campaign;

import org.convoca.events.Event;
import org.convoca.people.Person;

/** A supporter's offer to host as staff review it: the offer, its event, and its host ({@code null} once deleted). */
public record Offer(Hosting hosting, Event event, Person host) {
}
