package org.convoca.actions;

import org.convoca.people.Person;

/** A committed signature; {@code counted} is false when the person had already signed, which counts once. */
public record SignResult(Signature signature, Person person, boolean counted) {
}
