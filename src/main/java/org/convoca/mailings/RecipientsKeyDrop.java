package org.convoca.mailings;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V105: drops the foreign key from {@code mailing_recipients.person_id} to {@code people}; deleting a
 * person now deletes their recipient rows through {@link RecipientsOnDelete}. Java because the key was made without
 * a name, and each database named it its own way.
 */
@Component
class RecipientsKeyDrop implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("105");
    }

    @Override
    public String getDescription() {
        return "mailing recipients without a key to people";
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
        DatabaseMetaData meta = c.getMetaData();
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), "mailing_recipients")) {
            while (rs.next()) {
                if (rs.getString("PKTABLE_NAME").equalsIgnoreCase("people")
                        && rs.getString("FKCOLUMN_NAME").equalsIgnoreCase("person_id")) {
                    keys.add(rs.getString("FK_NAME"));
                }
            }
        }
        if (keys.isEmpty()) {
            throw new SQLException("No foreign key from mailing_recipients.person_id to people was found to drop.");
        }
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                s.execute("ALTER TABLE mailing_recipients DROP CONSTRAINT \"" + key.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
