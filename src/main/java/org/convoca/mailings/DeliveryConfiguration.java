package org.convoca.mailings;

import java.net.URI;
import java.time.Duration;
import org.convoca.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sending settings ({@code convoca.mailings.*}) and where messages go: the SMTP relay, or the mailbox. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    DeliverySettings deliverySettings(@Value("${convoca.mailings.worker.enabled:true}") boolean enabled,
            @Value("${convoca.mailings.connections:8}") int connections,
            @Value("${convoca.mailings.batch-size:500}") int batchSize,
            @Value("${convoca.mailings.rate-per-second:0}") double rate,
            @Value("${convoca.mailings.lease:30s}") Duration lease,
            @Value("${convoca.mailings.poll:1s}") Duration poll,
            @Value("${convoca.mailings.retry-delay:60s}") Duration retryDelay,
            @Value("${convoca.mailings.max-attempts:5}") int maxAttempts,
            @Value("${convoca.mailings.mailbox-limit:1000}") int mailboxLimit) {
        return new DeliverySettings(enabled, connections, batchSize, rate, lease, poll, retryDelay, maxAttempts,
                mailboxLimit);
    }

    @Bean
    Couriers couriers(Mailer mailer, DeliverySettings settings, @Value("${convoca.smtp.host:}") String host,
            @Value("${convoca.smtp.port:#{null}}") Integer port, @Value("${convoca.smtp.username:}") String username,
            @Value("${convoca.smtp.password:}") String password,
            @Value("${convoca.smtp.security:none}") String security, @Value("${convoca.base-url}") String baseUrl,
            @Value("${convoca.dkim.domain:}") String dkimDomain, @Value("${convoca.dkim.selector:}") String selector,
            @Value("${convoca.dkim.private-key:}") String dkimKey) {
        String helo = helo(baseUrl);
        DkimSigner dkim = DkimKeys.load(dkimDomain, selector, dkimKey);
        return host == null || host.isBlank() ? new Couriers(null, mailer, settings.mailboxLimit(), helo, dkim)
                : new Couriers(SmtpSettings.of(host, port, username, password, security), mailer, 0, helo, dkim);
    }

    /** The installation's public host name introduces it to the relay (EHLO). */
    private static String helo(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            return host == null || !host.matches("[A-Za-z0-9.-]{1,253}") ? "localhost" : host;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }
}
