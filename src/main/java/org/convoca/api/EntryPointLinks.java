package org.convoca.api;

import java.util.List;

/**
 * Implemented by a module's bean to list the resources it serves on the API entry point, so that a new module
 * adds its links without touching this one.
 */
public interface EntryPointLinks {

    /** One resource link: a relation such as {@code osdi:people}, its path under the API base, and a title. */
    record Link(String rel, String path, String title) {
    }

    List<Link> links();
}
