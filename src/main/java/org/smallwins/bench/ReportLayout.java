package org.smallwins.bench;

/** The rows of the report, grouped by part, with the goals of issue 16. */
final class ReportLayout {
    private ReportLayout() {}

    static Report of(Plan plan) {
        return new Report()
                .section(String.format(
                        "Analysis of one message, one thread (%,d messages x %d passes x %d forks, after %,d warm-up)",
                        plan.messages(), plan.passes(), plan.analysisForks(), plan.warmUpMessages()))
                .row("full analysis p50 (risk, cues, baseline, reframe)", "analyze_p50_us", "us", 0)
                .atMost("full analysis p99", "analyze_p99_us", "us", 0, 20_000)
                .row("bare calls p50", "bare_p50_us", "us", 0)
                .row("bare calls p99", "bare_p99_us", "us", 0)
                .atMost("full / bare at p50 (our own overhead)", "analyze_ratio", "x", 2, 1.5)
                .row("  in CPU time: full p50", "analyze_cpu_p50_us", "us", 0)
                .row("  in CPU time: bare p50", "bare_cpu_p50_us", "us", 0)
                .row("  in CPU time: full / bare", "analyze_cpu_ratio", "x", 2)
                .row("  risk check alone p50", "risk_p50_us", "us", 0)
                .row("  text analysis alone p50 (tags, cues, baseline)", "text_p50_us", "us", 0)
                .row("  OpenNLP sentences+tokens+POS alone p50", "tag_p50_us", "us", 0)
                .section(String.format(
                        "Engine: whole reviews through Conversation.handle, %d workers, real H2 file (%d forks)",
                        plan.workers(), plan.engineForks()))
                .atLeast(
                        String.format("throughput, %,d people at once", plan.people()),
                        "engine_msgs_per_s",
                        "msg/s",
                        0,
                        300)
                .row("  time in handle p50 at that load", "engine_handle_p50_ms", "ms", 1)
                .row("  time in handle p99 at that load", "engine_handle_p99_ms", "ms", 1)
                .row(String.format("delay p50, messages arriving at %.0f/s", plan.rate()), "engine_p50_ms", "ms", 1)
                .atMost(
                        String.format("delay p99, messages arriving at %.0f/s", plan.rate()),
                        "engine_p99_ms",
                        "ms",
                        1,
                        50)
                .atMost("messages that failed", "engine_failures", "", 0, 0)
                .row("  CPU per message (all threads)", "engine_cpu_ms_per_msg", "ms", 2)
                .row("  throughput the CPU allows with every core free", "engine_cpu_bound_msgs_per_s", "msg/s", 0)
                .section(String.format("Due check-ins among %,d people (busiest moment of the week)", plan.duePeople()))
                .atMost("due query: first page of 200", "due_query_ms", "ms", 1, 50)
                .row("every due check-in, page by page", "due_all_ms", "ms", 1)
                .row("  check-ins due", "due_count", "", 0)
                .section("Start-up and size")
                .atMost("start to ready (restart: models, migrated database)", "startup_ms", "ms", 0, 2_000)
                .row("  of which inside the JVM", "startup_in_jvm_ms", "ms", 0)
                .row("  CPU used to get ready (all threads)", "startup_cpu_ms", "ms", 0)
                .row("first start (new database, all migrations)", "startup_first_ms", "ms", 0)
                .atMost("resident memory after the engine run", "rss_mb", "MB", 0, 400)
                .row("  peak resident memory", "rss_peak_mb", "MB", 0)
                .row("  heap in use after the run", "heap_used_mb", "MB", 0)
                .row("jar", "jar_mb", "MB", 1);
    }
}
