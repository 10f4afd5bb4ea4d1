package org.convoca.workspace.staff;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links for emails, from {@code convoca.base-url}. */
@Component
class Links {

    private final Environment environment;

    Links(Environment environment) {
        this.environment = environment;
    }

    String to(String path) {
        String base = environment.getProperty("convoca.base-url", "http://localhost:8080");
        // Port 0 asks for any free port; the links must name the one actually taken.
        String actualPort = environment.getProperty("local.server.port");
        if (base.endsWith(":0") && actualPort != null) {
            base = base.substring(0, base.length() - 1) + actualPort;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
