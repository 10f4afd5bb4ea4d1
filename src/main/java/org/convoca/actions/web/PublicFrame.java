package org.convoca.actions.web;

import java.util.List;

/** What the public pages' layout needs from any action's page: whose it is, its languages, whether embedded. */
public interface PublicFrame {

    String workspaceName();

    String language();

    List<String> languages();

    boolean embed();

    /** The page's path in another language. */
    String in(String language);
}
