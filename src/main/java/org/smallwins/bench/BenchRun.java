package org.smallwins.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of {@code ./bot bench}: each part in fresh JVMs ({@link Forks}), start-up first while the
 * machine is least disturbed, then the analysis, the engine and the due query; then the report.
 * Progress goes to standard error, the report to standard output, its {@code bench:} line last.
 */
public final class BenchRun {
    private static final long FORK_LIMIT_SECONDS = 1_800;

    private final Plan plan;
    private final Forks forks;
    private final PrintStream out;
    private final PrintStream progress;
    private final Figures figures = new Figures();

    public BenchRun(Plan plan, Forks forks, PrintStream out, PrintStream progress) {
        this.plan = plan;
        this.forks = forks;
        this.out = out;
        this.progress = progress;
    }

    public void run() {
        String loadBefore = Machine.loadAverage();
        long start = System.nanoTime();
        startup();
        repeat("analysis", plan.analysisForks(), List.of("--fork=analyze"));
        repeat("engine", plan.engineForks(), List.of("--fork=engine"));
        repeat("due query", 1, List.of("--fork=due"));
        Forks.jar().ifPresent(jar -> figures.put("jar_mb", size(jar)));
        double minutes = (System.nanoTime() - start) / 60e9;
        out.println(header(loadBefore, Machine.loadAverage(), minutes));
        out.print(ReportLayout.of(plan).table(figures));
        out.println();
        out.println(ReportLayout.of(plan).line(figures, labels()));
        out.flush();
    }

    private void startup() {
        Path folder = TempFolders.create("smallwins-bench-start");
        try {
            for (int i = 0; i < plan.startups(); i++) {
                progress.printf("bench: start-up %d of %d%n", i + 1, plan.startups());
                Forks.Result result =
                        forks.run(List.of("--fork=ready", "--db=" + folder.resolve("db")), FORK_LIMIT_SECONDS);
                figures.put(i == 0 ? "startup_first_ms" : "startup_ms", result.secondsToFirstReport() * 1000);
                figures.put(i == 0 ? "startup_first_in_jvm_ms" : "startup_in_jvm_ms", result.number("ready_ms"));
                figures.put(i == 0 ? "startup_first_cpu_ms" : "startup_cpu_ms", result.number("ready_cpu_ms"));
            }
        } finally {
            TempFolders.delete(folder);
        }
    }

    private void repeat(String what, int times, List<String> fork) {
        for (int i = 0; i < times; i++) {
            progress.printf("bench: %s, fork %d of %d%n", what, i + 1, times);
            List<String> arguments = new ArrayList<>(fork);
            arguments.addAll(plan.arguments());
            figures.add(forks.run(arguments, FORK_LIMIT_SECONDS).values());
        }
    }

    private String header(String loadBefore, String loadAfter, double minutes) {
        return String.format(
                "Small Wins bench (%s): %d cores, Java %s; load average %s before, %s after; %.1f min%n"
                        + "messages: %,d from nlp-models/corpus and eval (1-6 sentences; chars p50 %s, p99 %s;"
                        + " %s%% carry risk)%n"
                        + "bare calls: %s%n"
                        + "engine: %d workers, a real H2 file (WRITE_DELAY=0), replies taken out of the outbox at the sender's pace%n"
                        + "due query: %s",
                plan.quick() ? "quick" : "full",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                loadBefore,
                loadAfter,
                minutes,
                plan.messages(),
                whole("msg_chars_p50"),
                whole("msg_chars_p99"),
                figures.median("risky_pct").isPresent()
                        ? String.format("%.1f", figures.median("risky_pct").getAsDouble())
                        : "?",
                SentenceEmbeddings.onClassPath()
                        ? "OpenNLP sentences + tokens + POS, and sentence embeddings (each sentence and the whole)"
                        : "OpenNLP sentences + tokens + POS (no sentence-embedding model on the class path yet)",
                plan.workers(),
                dueSource());
    }

    private String dueSource() {
        String source = figures.label("due_source").orElse("?");
        return source.equals(StoredCheckIns.LABEL)
                ? "the check-in store's own due query (H2CheckInStore.due, then dueAfter), paged by 200 as the"
                        + " sweeper pages, in a throwaway H2 file with our migrations"
                : source;
    }

    private String whole(String key) {
        return figures.median(key).isPresent()
                ? String.format("%.0f", figures.median(key).getAsDouble())
                : "?";
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("bare_parts", SentenceEmbeddings.onClassPath() ? "opennlp+embedding" : "opennlp");
        labels.put("due_source", figures.label("due_source").orElse("NA"));
        labels.put("mode", plan.quick() ? "quick" : "full");
        return labels;
    }

    private static double size(Path file) {
        try {
            return Files.size(file) / (1024.0 * 1024.0);
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
