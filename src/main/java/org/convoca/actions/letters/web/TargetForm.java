package org.convoca.actions.letters.web;

/** The add-a-target form as typed, so a refused one comes back as it was. */
public record TargetForm(String name, String title, String email, String regions, String postalPrefixes) {
}
