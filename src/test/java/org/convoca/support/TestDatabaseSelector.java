package org.convoca.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the test contexts against PostgreSQL when the build asks for it ({@code -Dconvoca.test.database=postgresql}
 * with {@code CONVOCA_TEST_DATABASE_URL} set): each context gets a fresh schema of its own, so tests never see
 * each other's rows and no cleanup is needed.
 */
public class TestDatabaseSelector implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = System.getenv("CONVOCA_TEST_DATABASE_URL");
        if (!"postgresql".equals(System.getProperty("convoca.test.database")) || url == null || url.isBlank()) {
            return;
        }
        String user = envOr("CONVOCA_TEST_DATABASE_USERNAME", "postgres");
        String password = envOr("CONVOCA_TEST_DATABASE_PASSWORD", "");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test database at " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        environment.getPropertySources().addFirst(new MapPropertySource("convoca-test-postgresql", Map.of(
                "spring.datasource.url", url + separator + "currentSchema=" + schema,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.flyway.schemas", schema)));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
