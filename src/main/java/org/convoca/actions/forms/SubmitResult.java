package org.convoca.actions.forms;

import org.convoca.people.Person;

/** A committed submission; {@code counted} is false when the person had submitted before, which counts once. */
public record SubmitResult(Submission submission, Person person, boolean counted) {
}
