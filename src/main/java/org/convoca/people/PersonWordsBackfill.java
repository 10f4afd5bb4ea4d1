package org.convoca.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V72: fills {@code person_words} for the people stored before it existed. It is Java because the words
 * are what {@link PersonWords} makes of a text, which neither database's SQL can repeat exactly. It reads people
 * in id order a few thousand at a time and runs in Flyway's transaction, so an upgrade indexes everyone or no one.
 */
@Component
class PersonWordsBackfill implements JavaMigration {

    private static final int CHUNK = 5_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("72");
    }

    @Override
    public String getDescription() {
        return "person words backfill";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            // Byte order, so a prefix is one range of the index whatever collation the database was created with.
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE person_words ALTER COLUMN word TYPE VARCHAR(64) COLLATE \"C\"");
            }
        }
        String select = "SELECT id, workspace_id, search_text FROM people ";
        String chunk = " ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY";
        try (PreparedStatement first = c.prepareStatement(select + chunk);
                PreparedStatement next = c.prepareStatement(select + "WHERE id > ?" + chunk);
                PreparedStatement write = c.prepareStatement(
                        "INSERT INTO person_words (workspace_id, word, person_id) VALUES (?, ?, ?)")) {
            UUID last = null;
            for (int rows = CHUNK; rows == CHUNK;) {
                PreparedStatement read = last == null ? first : next;
                if (last != null) {
                    read.setObject(1, last);
                }
                rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getObject(1, UUID.class);
                        UUID workspace = rs.getObject(2, UUID.class);
                        for (String word : PersonWords.of(rs.getString(3))) {
                            write.setObject(1, workspace);
                            write.setString(2, word);
                            write.setObject(3, last);
                            write.addBatch();
                        }
                    }
                }
                write.executeBatch();
            }
        }
    }
}
