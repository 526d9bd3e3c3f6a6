package org.smallwins.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smallwins.bench.AnalysisBench;
import org.smallwins.bench.BareParts;
import org.smallwins.bench.DueCheckIns;
import org.smallwins.bench.DueQueryBench;
import org.smallwins.bench.EngineBench;
import org.smallwins.bench.Latencies;
import org.smallwins.bench.MessageWork;
import org.smallwins.bench.Plan;
import org.smallwins.bench.ProcessCpu;
import org.smallwins.bench.ProcessMemory;
import org.smallwins.bench.SampleMessages;
import org.smallwins.bench.SentenceEmbeddings;
import org.smallwins.bench.StoredCheckIns;
import org.smallwins.bench.TempFolders;
import org.smallwins.safety.RiskLevel;

/**
 * The parts of {@code ./bot bench} that run in a fork of their own: each loads what it measures as the
 * app does ({@link Core}, {@link App}) and returns its figures for the {@code fork:} line.
 */
final class BenchFork {
    private BenchFork() {}

    static Map<String, String> run(String part, Plan plan, String db) {
        return switch (part) {
            case "analyze" -> analyze(plan);
            case "engine" -> engine(plan);
            case "due" -> due(plan);
            case "ready" -> ready(db);
            default -> throw new IllegalArgumentException("no benchmark part called " + part);
        };
    }

    private static SampleMessages samples() {
        return SampleMessages.from(Settings.home().resolve("nlp-models"));
    }

    private static Map<String, String> analyze(Plan plan) {
        Core core = Core.load();
        LineAnalysis lines = new LineAnalysis(core);
        List<String> messages = samples().generate(plan.messages(), Plan.SEED);
        AnalysisBench bench = new AnalysisBench(messages, plan.warmUpMessages(), plan.passes());
        AnalysisBench.Paired paired =
                bench.paired(lines::analyze, new BareParts(core.nlp(), SentenceEmbeddings.find()));
        Map<String, MessageWork> alone = new LinkedHashMap<>();
        alone.put("risk", (message, n) -> core.riskCheck().check(message));
        alone.put("text", (message, n) -> core.analyzer().analyze(message));
        alone.put("tag", (message, n) -> core.nlp().tag(message));
        Map<String, Latencies> parts = bench.parts(alone);

        Map<String, String> values = new LinkedHashMap<>();
        values.put("analyze_p50_us", number(paired.full().micros(50)));
        values.put("analyze_p90_us", number(paired.full().micros(90)));
        values.put("analyze_p99_us", number(paired.full().micros(99)));
        values.put("bare_p50_us", number(paired.bare().micros(50)));
        values.put("bare_p99_us", number(paired.bare().micros(99)));
        values.put("analyze_ratio", number(paired.ratio()));
        values.put("analyze_cpu_p50_us", number(paired.fullCpu().micros(50)));
        values.put("bare_cpu_p50_us", number(paired.bareCpu().micros(50)));
        values.put("analyze_cpu_ratio", number(paired.cpuRatio()));
        parts.forEach((name, latencies) -> values.put(name + "_p50_us", number(latencies.micros(50))));
        long risky = messages.stream()
                .filter(m -> core.riskCheck().assess(m) != RiskLevel.NONE)
                .count();
        values.put("risky_pct", number(100.0 * risky / messages.size()));
        List<Integer> lengths = messages.stream().map(String::length).sorted().toList();
        values.put("msg_chars_p50", number(lengths.get(lengths.size() / 2)));
        values.put("msg_chars_p99", number(lengths.get((int) (lengths.size() * 0.99))));
        return values;
    }

    private static Map<String, String> engine(Plan plan) {
        Core core = Core.load();
        Settings settings = Settings.load();
        Path folder = TempFolders.create("smallwins-bench-engine");
        Map<String, String> values = new LinkedHashMap<>();
        try (App app = App.open(settings, folder.resolve("db").toString(), () -> core)) {
            app.startJobs(Clock.systemUTC()); // the check-in sweeper runs beside the core, as in the bot
            EngineBench bench = new EngineBench(
                    app.conversation(),
                    app.outbox,
                    samples(),
                    plan.workers(),
                    settings.number("telegram.messagesPerSecond", 25));
            bench.allAtOnce("bench:warm:", plan.warmUpPeople(), Plan.SEED + 1);
            EngineBench.Run burst = bench.allAtOnce("bench:burst:", plan.people(), Plan.SEED + 2);
            EngineBench.Run paced = bench.paced("bench:paced:", plan.pacedPeople(), Plan.SEED + 3, plan.rate());
            values.put("engine_msgs_per_s", number(burst.messagesPerSecond()));
            values.put("engine_handle_p50_ms", number(burst.handling().millis(50)));
            values.put("engine_handle_p99_ms", number(burst.handling().millis(99)));
            values.put("engine_p50_ms", number(paced.response().millis(50)));
            values.put("engine_p99_ms", number(paced.response().millis(99)));
            values.put("engine_paced_msgs_per_s", number(paced.messagesPerSecond()));
            values.put("engine_failures", number(burst.failures() + paced.failures()));
            values.put("engine_cpu_ms_per_msg", number(burst.cpuMillisPerMessage()));
            // What the CPU alone would allow with every core free: an upper bound, for a shared machine.
            values.put(
                    "engine_cpu_bound_msgs_per_s",
                    number(Runtime.getRuntime().availableProcessors() * 1000 / burst.cpuMillisPerMessage()));
            ProcessMemory.residentMb().ifPresent(mb -> values.put("rss_mb", number(mb)));
            ProcessMemory.peakResidentMb().ifPresent(mb -> values.put("rss_peak_mb", number(mb)));
            Runtime runtime = Runtime.getRuntime();
            values.put("heap_used_mb", number((runtime.totalMemory() - runtime.freeMemory()) / 1048576.0));
            values.put("db_encrypted", settings.databaseKey().isPresent() ? "yes" : "no");
        } finally {
            TempFolders.delete(folder);
        }
        return values;
    }

    private static Map<String, String> due(Plan plan) {
        try (DueCheckIns store = StoredCheckIns.create()) {
            DueQueryBench.Result result = new DueQueryBench(store).run(plan.duePeople(), Plan.SEED, plan.dueRepeats());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("due_query_ms", number(result.firstPage().millis(50)));
            values.put("due_query_max_ms", number(result.firstPage().millis(100)));
            values.put("due_all_ms", number(result.allDue().millis(50)));
            values.put("due_count", number(result.due()));
            values.put("due_fill_s", number(result.fillSeconds()));
            values.put("due_source", store.label());
            return values;
        }
    }

    /** Start-up as the app does it: settings, models, the database opened and migrated. */
    private static Map<String, String> ready(String db) {
        App app = App.open(Settings.load(), db);
        long sinceStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ProcessCpu.nanos();
        app.close();
        return Map.of("ready_ms", number(sinceStart), "ready_cpu_ms", number(cpu / 1e6));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
