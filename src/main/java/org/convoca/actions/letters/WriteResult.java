package org.convoca.actions.letters;

import org.convoca.people.Person;

/** A committed outreach; {@code counted} is false when the person had written before, which sends nothing more. */
public record WriteResult(Outreach outreach, Person person, boolean counted) {
}
