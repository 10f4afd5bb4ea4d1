package org.convoca.people.imports;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Imports run as db-scheduler tasks, so any node may pick one up, and one whose node died is revived
 * elsewhere and resumes from its last committed batch.
 */
@Configuration
class ImportTask {

    static final TaskDescriptor<String> PEOPLE_IMPORT = TaskDescriptor.of("people-import", String.class);

    @Bean
    OneTimeTask<String> peopleImportTask(ImportJob job) {
        return Tasks.oneTime(PEOPLE_IMPORT).onDeadExecutionRevive()
                .execute((instance, context) -> job.run(UUID.fromString(instance.getData())));
    }
}
