package org.smallwins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report: medians across forks, goals judged, and a last line scripts can read. */
class ReportTest {
    private final Report report = new Report()
            .section("Part")
            .atMost("p99", "analyze_p99_us", "us", 0, 20_000)
            .atLeast("throughput", "engine_msgs_per_s", "msg/s", 0, 300)
            .row("not measured", "due_query_ms", "ms", 1);

    private Figures figures() {
        Figures figures = new Figures();
        figures.add(Map.of("analyze_p99_us", "12000.4", "engine_msgs_per_s", "250", "bare_parts", "opennlp"));
        figures.add(Map.of("analyze_p99_us", "30000", "engine_msgs_per_s", "280"));
        figures.add(Map.of("analyze_p99_us", "15000", "engine_msgs_per_s", "260"));
        return figures;
    }

    @Test
    void theLineHasEveryKeyInOrderWithMediansAndNaWhereNothingWasMeasured() {
        String line = report.line(figures(), Map.of("mode", "quick"));

        assertThat(line)
                .startsWith("bench: analyze_p50_us=NA analyze_p99_us=15000 bare_p50_us=NA analyze_ratio=NA"
                        + " engine_msgs_per_s=260 engine_p99_ms=NA due_query_ms=NA startup_ms=NA rss_mb=NA jar_mb=NA")
                .endsWith(" mode=quick")
                .doesNotContain("\n");
        assertThat(Forks.parse(line.substring("bench: ".length())))
                .containsKeys(Report.LINE_KEYS.toArray(String[]::new));
    }

    @Test
    void theTableJudgesEachGoalOnTheMedianAndShowsTheSpread() {
        String table = report.table(figures());

        assertThat(table).containsPattern("p99 +15,000 us +12,000 - 30,000 +<= 20,000 us +met");
        assertThat(table).containsPattern("throughput +260 msg/s +250 - 280 +>= 300 msg/s +MISSED");
        assertThat(table).containsPattern("not measured +NA");
    }

    @Test
    void aForkLineReadsBackAsItWasWritten() {
        Map<String, String> values = Map.of("a_ms", "1.5", "b", "x");
        assertThat(Forks.parse(Forks.format(new java.util.TreeMap<>(values)))).isEqualTo(values);
    }
}
