package org.convoca.people.web;

import java.util.UUID;

/** A tag or a list as their pages show it: what it is called and how many people it holds. */
public record Label(UUID id, String name, long count) {
}
