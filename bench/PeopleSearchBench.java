import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.convoca.ConvocaApplication;
import org.convoca.people.EmailStatus;
import org.convoca.people.People;
import org.convoca.people.PeopleQuery;
import org.convoca.people.Tags;
import org.convoca.workspace.Workspaces;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search and filter latency of the People repository, as the people list page calls it (a page of 50 and the
 * count), against an existing data folder: java -cp APP_CLASSPATH bench/PeopleSearchBench.java DATA_DIR SLUG.
 * With fewer than 100 runs, p99 is the slowest run.
 */
public class PeopleSearchBench {

    static final int WARMUP = 2;
    static final int RUNS = 30;
    /** A slow query stops being repeated after this long, with at least {@link #MIN_RUNS} runs. */
    static final long BUDGET_NANOS = 15_000_000_000L;
    static final int MIN_RUNS = 5;

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConvocaApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--convoca.data-dir=" + args[0], "--db-scheduler.enabled=false", "--logging.level.root=WARN")) {
            People people = app.getBean(People.class);
            UUID w = app.getBean(Workspaces.class).findBySlug(args[1]).orElseThrow().id();
            UUID tag = app.getBean(Tags.class).findByName(w, "DACA").orElseThrow().id();
            System.out.printf("%d people in workspace %s%n", people.count(w, PeopleQuery.ALL), args[1]);
            Map<String, PeopleQuery> queries = new LinkedHashMap<>();
            queries.put("first page, no filter", PeopleQuery.ALL);
            queries.put("text: a family name (\"nunez\")", PeopleQuery.text("nunez"));
            queries.put("text: two words (\"maria garcia\")", PeopleQuery.text("maria garcia"));
            queries.put("text: one email (\"person654321@example.org\")", PeopleQuery.text("person654321@example.org"));
            queries.put("text: no match (\"zzzz\")", PeopleQuery.text("zzzz"));
            queries.put("filter: language es", PeopleQuery.ALL.withLanguage("es"));
            queries.put("filter: region TX + subscribed", PeopleQuery.ALL.withRegion("TX")
                    .withEmailStatus(EmailStatus.SUBSCRIBED));
            queries.put("filter: tag DACA", PeopleQuery.ALL.withTag(tag));
            queries.put("text + tag + language", PeopleQuery.text("garcia").withTag(tag).withLanguage("es"));
            System.out.println();
            System.out.println("| query | page of 50 p50 / p99 (ms) | count p50 / p99 (ms) | matches | runs |");
            System.out.println("|---|---|---|---|---|");
            for (var q : queries.entrySet()) {
                List<Double> page = time(() -> people.page(w, q.getValue(), 0, 50));
                long[] matches = new long[1];
                List<Double> count = time(() -> matches[0] = people.count(w, q.getValue()));
                System.out.printf("| %s | %.1f / %.1f | %.1f / %.1f | %d | %d |%n", q.getKey(), pct(page, 50),
                        pct(page, 99), pct(count, 50), pct(count, 99), matches[0], page.size());
            }
        }
    }

    static List<Double> time(Supplier<?> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < RUNS && (i < MIN_RUNS || System.nanoTime() - start < BUDGET_NANOS); i++) {
            long t = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
