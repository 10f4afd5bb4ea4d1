package org.convoca.shared.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./convoca start} where to open Convoca, once it can answer. */
@Component
class ReadyMessage {

    private final Environment environment;

    ReadyMessage(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            String url = environment.getProperty("CONVOCA_BASE_URL", "http://localhost:" + port);
            System.out.println();
            System.out.println("Convoca is ready at " + url);
            System.out.println();
        }
    }
}
