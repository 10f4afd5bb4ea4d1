package org.convoca.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.convoca.ConvocaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A database of a test's own that several application nodes can share, on PostgreSQL when the build runs the suite
 * there, else in-memory H2, and a way to start a node on it: for the tests of what happens across nodes and
 * restarts.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    /** The data source properties of a fresh database (a new schema on PostgreSQL). */
    public static Map<String, Object> fresh(String name) throws Exception {
        Map<String, Object> p = new HashMap<>();
        String url = System.getenv("CONVOCA_TEST_DATABASE_URL");
        if ("postgresql".equals(System.getProperty("convoca.test.database")) && url != null && !url.isBlank()) {
            String user = envOr("CONVOCA_TEST_DATABASE_USERNAME", "postgres");
            String password = envOr("CONVOCA_TEST_DATABASE_PASSWORD", "");
            String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            p.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            p.put("spring.flyway.schemas", schema);
        } else {
            p.put("spring.datasource.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return p;
    }

    /** A whole application node on that database, on a port of its own, with these further settings. */
    public static ConfigurableApplicationContext node(Map<String, Object> database, String... properties) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("server.port", "0");
        for (String p : properties) {
            settings.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        return new SpringApplicationBuilder(ConvocaApplication.class).profiles("test")
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("node", settings)))
                .run();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
