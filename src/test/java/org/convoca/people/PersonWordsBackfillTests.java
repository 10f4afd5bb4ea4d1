package org.convoca.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An upgrade indexes the people stored before the word index existed, across several chunks, on a database of
 * its own: a fresh H2, or a fresh PostgreSQL schema in the PostgreSQL run of the suite.
 */
class PersonWordsBackfillTests {

    @Test
    void peopleStoredBeforeTheUpgradeAreFoundByWordAfterIt() throws SQLException {
        boolean postgresql = "postgresql".equals(System.getProperty("convoca.test.database"))
                && System.getenv("CONVOCA_TEST_DATABASE_URL") != null;
        String url = postgresql ? System.getenv("CONVOCA_TEST_DATABASE_URL")
                : "jdbc:h2:mem:backfill" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String user = postgresql ? "postgres" : "sa";
        String schema = "backfill_" + UUID.randomUUID().toString().replace("-", "");
        if (postgresql) {
            try (Connection c = DriverManager.getConnection(url, user, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        String[] locations = postgresql ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        var before = Flyway.configure().dataSource(url, user, "").locations(locations).target("71");
        var after = Flyway.configure().dataSource(url, user, "").locations(locations)
                .javaMigrations(new PersonWordsBackfill());
        if (postgresql) {
            before.schemas(schema);
            after.schemas(schema);
        }
        before.load().migrate();
        UUID ws = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            storePeople(c, ws, 10_001);

            after.load().migrate();

            assertThat(search(c, ws, "nunez")).containsExactly("María Núñez 10000");
            assertThat(search(c, ws, "person4999@example")).containsExactly("Persona 4999");
            assertThat(search(c, ws, "persona 5000")).containsExactly("Persona 5000");
            assertThat(search(c, ws, "example.org")).hasSize(10);
        }
    }

    private static void storePeople(Connection c, UUID ws, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO workspaces (id, slug, name, created_at) "
                + "VALUES (?, ?, ?, ?)")) {
            s.setObject(1, ws);
            s.setString(2, "backfill");
            s.setString(3, "Backfill");
            s.setObject(4, OffsetDateTime.now());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people (id, workspace_id, given_name, "
                + "family_name, email, search_text, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                Person p = i == n - 1 ? Person.draft("María", "Núñez " + i, "maria@example.org")
                        : Person.draft("Persona", String.valueOf(i), "person" + i + "@example.org");
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, ws);
                s.setString(3, p.givenName());
                s.setString(4, p.familyName());
                s.setString(5, p.email());
                s.setString(6, PersonWords.searchText(p));
                s.setObject(7, OffsetDateTime.now());
                s.setObject(8, OffsetDateTime.now());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<String> search(Connection c, UUID ws, String text) throws SQLException {
        PeopleSql sql = PeopleSql.of(ws, PeopleQuery.text(text));
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.given_name, p.family_name FROM people p WHERE "
                + sql.where() + sql.orderBy(PeopleQuery.Order.NAME) + " FETCH FIRST 10 ROWS ONLY")) {
            for (int i = 0; i < sql.params().size(); i++) {
                s.setObject(i + 1, sql.params().get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return names;
    }
}
