package org.convoca.mailings.web;

import java.util.Map;
import java.util.UUID;
import org.convoca.mailings.Wrapper;

/** What the wrapper editor shows: the wrapper as edited (perhaps not saved, with its problems). */
public record WrapperPage(UUID id, Wrapper wrapper, boolean isDefault, String logoUrl, Map<String, String> problems) {

    public String problem(String key) {
        return problems.get(key);
    }

    public String action() {
        return id == null ? "/admin/wrappers" : "/admin/wrappers/" + id;
    }
}
