package org.convoca.mailings.api;

import java.util.List;
import org.convoca.api.EntryPointLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the mailings module publishes on the API entry point. */
@Configuration(proxyBeanMethods = false)
class MailingsApiConfiguration {

    @Bean
    EntryPointLinks mailingsEntryPointLinks() {
        return () -> List.of(
                new EntryPointLinks.Link("osdi:messages", "/messages", "The collection of messages in the system"),
                new EntryPointLinks.Link("osdi:wrappers", "/wrappers", "The collection of wrappers in the system"));
    }
}
