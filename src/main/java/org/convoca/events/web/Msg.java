package org.convoca.events.web;

import java.util.List;

/** A message key and its arguments, translated when the page is drawn in the reader's language. */
public record Msg(String key, List<Object> args) {

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }
}
