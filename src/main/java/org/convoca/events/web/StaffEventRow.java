package org.convoca.events.web;

import org.convoca.events.Event;

/** A line of the staff list: the event and how many have a seat or wait for one. */
public record StaffEventRow(Event event, long registered, long waitlisted) {
}
