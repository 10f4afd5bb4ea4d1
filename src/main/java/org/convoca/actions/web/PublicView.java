package org.convoca.actions.web;

import java.util.List;

/**
 * What the public layout needs of any action's page (a petition, a form, a letter): whose it is, its language and
 * the others it is offered in, and whether it is shown inside another site's frame.
 */
public interface PublicView {

    String workspaceName();

    String language();

    List<String> languages();

    boolean embed();

    /** The page's address in another language. */
    String in(String language);
}
