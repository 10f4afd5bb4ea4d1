import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Fills a workspace with N supporters for the mailing benchmark, straight through JDBC (a third of them prefer
 * Spanish), and gives the workspace the postal address and sender a newsletter needs.
 * Usage: java -cp H2_OR_POSTGRESQL_JAR Generate.java JDBC_URL USER PASSWORD WORKSPACE_SLUG N
 */
public class Generate {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[4]);
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            try (PreparedStatement w = c.prepareStatement("UPDATE workspaces SET postal_address = ?, "
                    + "sender_name = ?, sender_email = ? WHERE slug = ?")) {
                w.setString(1, "123 Main St\nChicago, IL 60601");
                w.setString(2, "Red de Acción Migrante");
                w.setString(3, "noticias@bench.example.org");
                w.setString(4, args[3]);
                if (w.executeUpdate() != 1) {
                    throw new IllegalStateException("No workspace " + args[3]);
                }
            }
            String insert = "INSERT INTO people (id, workspace_id, given_name, family_name, email, email_status, "
                    + "language, created_at, modified_at, search_text) SELECT gen_random_uuid(), w.id, "
                    + "CONCAT('Nombre', CAST(s.g AS VARCHAR(12))), 'García', "
                    + "CONCAT('p', CAST(s.g AS VARCHAR(12)), '@bench.example.org'), 'subscribed', "
                    + "CASE WHEN MOD(s.g, 3) = 0 THEN 'es' ELSE 'en' END, ?, ?, '' "
                    + "FROM generate_series(?, ?) AS s(g), workspaces w WHERE w.slug = ?";
            Timestamp now = Timestamp.from(Instant.now());
            for (int from = 1; from <= n; from += 100_000) {
                try (PreparedStatement p = c.prepareStatement(insert)) {
                    p.setTimestamp(1, now);
                    p.setTimestamp(2, now);
                    p.setInt(3, from);
                    p.setInt(4, Math.min(n, from + 99_999));
                    p.setString(5, args[3]);
                    p.executeUpdate();
                }
                c.commit();
            }
        }
    }
}
