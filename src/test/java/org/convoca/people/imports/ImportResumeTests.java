package org.convoca.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.convoca.people.Lists;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Tags;
import org.convoca.support.ConvocaTest;
import org.convoca.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A job that stopped part-way (crash, restart, another node) carries on from its last committed batch. */
@ConvocaTest
class ImportResumeTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Uploads uploads;

    @Autowired
    Imports imports;

    @Autowired
    ImportJob job;

    @Autowired
    PeopleRows rows;

    @Autowired
    People people;

    @Autowired
    Tags tags;

    @Autowired
    Lists lists;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void jobResumedAfterItsFirstBatchCommittedSavesEveryRowOnceAndCountsRight() throws Exception {
        var w = fixtures.workspace("Resume");
        StringBuilder csv = new StringBuilder("email,first name,tags\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("p").append(i).append("@example.org,Persona ").append(i).append(",lote\n");
        }
        csv.append("p7@example.org,Again,otra\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        UUID id = uploads.receive(w.id(), "test", "big.csv", new ByteArrayInputStream(file));
        // Queued without a scheduler run: this test plays the node that crashed, then the one that resumes.
        jdbc.sql("UPDATE imports SET status = 'RUNNING' WHERE id = ?").param(id).update();
        ImportRecord imp = imports.find(w.id(), id).orElseThrow();
        commitFirstBatchAsACrashedRunWould(imp, file);
        assertThat(imports.find(w.id(), id).orElseThrow().processedRows()).isEqualTo(ImportJob.BATCH);

        job.run(id);
        job.run(id);

        ImportRecord done = imports.find(w.id(), id).orElseThrow();
        assertThat(done.status()).isEqualTo(ImportRecord.Status.DONE);
        assertThat(List.of(done.processedRows(), done.createdRows(), done.updatedRows(), done.failedRows()))
                .containsExactly(2501L, 2500L, 1L, 0L);
        assertThat(people.count(w.id(), PeopleQuery.ALL)).isEqualTo(2500);
        var lote = tags.findByName(w.id(), "lote").orElseThrow();
        assertThat(tags.countTaggings(w.id(), lote.id())).isEqualTo(2500);
        assertThat(people.findByEmail(w.id(), "p7@example.org").orElseThrow().givenName()).isEqualTo("Again");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_chunks WHERE import_id = ?").param(id).query(Long.class)
                .single()).as("the stored file is dropped once imported").isZero();
    }

    private void commitFirstBatchAsACrashedRunWould(ImportRecord imp, byte[] file) throws Exception {
        try (CsvReader<CsvRecord> csv = Layout.reader(new ByteArrayInputStream(file), imp.plan())) {
            Iterator<CsvRecord> it = csv.iterator();
            RowReader reader = new RowReader(Layout.of(imp.plan(), it.next().getFields()), "test");
            List<Row> batch = new ArrayList<>();
            for (int i = 0; i < ImportJob.BATCH; i++) {
                batch.add(reader.read(it.next()));
            }
            Labels labels = new Labels(imp.workspaceId(), tags, lists);
            labels.ensure(batch);
            BatchWriter writer = new BatchWriter(rows, imp.workspaceId(), imp.id(), labels);
            tx.executeWithoutResult(s -> {
                BatchWriter.Counts c = writer.write(batch, 100);
                imports.advance(imp.id(), batch.size(), c.created(), c.updated(), c.failed());
            });
        }
    }
}
