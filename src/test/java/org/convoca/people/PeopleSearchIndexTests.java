package org.convoca.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ConvocaTest
class PeopleSearchIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    People people;

    @Autowired
    Fixtures fixtures;

    @Test
    void onPostgresqlSearchByAnyPartOfANameOrEmailHasAnIndex() throws Exception {
        boolean postgresql;
        try (var connection = dataSource.getConnection()) {
            postgresql = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
        var w = fixtures.workspace("Index");
        people.create(w.id(), Person.draft("Itzel", "Xochitl-Ramírez", "itzel@example.org"));

        assertThat(people.page(w.id(), PeopleQuery.text("chitl-ram"), 0, 10)).hasSize(1);
        if (postgresql) {
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM pg_indexes
                    WHERE indexname = 'people_search_trgm_idx' AND schemaname = CURRENT_SCHEMA()""")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
