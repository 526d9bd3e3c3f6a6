package org.smallwins.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The benchmark's report: a table a person reads (each figure's median across forks, its spread, its
 * goal and whether it is met), then one {@code bench: key=value ...} line for scripts, always last.
 */
public final class Report {
    /** The keys of the {@code bench:} line, in order; the figures first. */
    static final List<String> LINE_KEYS = List.of(
            "analyze_p50_us",
            "analyze_p99_us",
            "bare_p50_us",
            "analyze_ratio",
            "engine_msgs_per_s",
            "engine_p99_ms",
            "due_query_ms",
            "startup_ms",
            "rss_mb",
            "jar_mb",
            "bare_p99_us",
            "engine_handle_p99_ms",
            "due_all_ms",
            "startup_first_ms",
            "rss_peak_mb");

    private final List<Object> rows = new ArrayList<>();

    /** A heading that starts a group of rows. */
    public Report section(String title) {
        rows.add(title);
        return this;
    }

    /** A figure with no goal. */
    public Report row(String label, String key, String unit, int decimals) {
        rows.add(new Row(label, key, unit, decimals, 0, Double.NaN));
        return this;
    }

    /** A figure that should be at most {@code limit}. */
    public Report atMost(String label, String key, String unit, int decimals, double limit) {
        rows.add(new Row(label, key, unit, decimals, -1, limit));
        return this;
    }

    /** A figure that should be at least {@code limit}. */
    public Report atLeast(String label, String key, String unit, int decimals, double limit) {
        rows.add(new Row(label, key, unit, decimals, 1, limit));
        return this;
    }

    private record Row(String label, String key, String unit, int decimals, int direction, double limit) {
        String goal() {
            return direction == 0 ? "" : (direction < 0 ? "<= " : ">= ") + number(limit, decimals) + " " + unit;
        }

        String verdict(double value) {
            if (direction == 0) {
                return "";
            }
            return (direction < 0 ? value <= limit : value >= limit) ? "met" : "MISSED";
        }
    }

    /** The table, with one line of each figure. */
    public String table(Figures figures) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "  %-48s %14s  %-22s %-16s %s%n", "figure", "median", "spread (forks)", "goal", "verdict"));
        for (Object entry : rows) {
            if (entry instanceof String title) {
                text.append(String.format("%n%s%n", title));
                continue;
            }
            Row row = (Row) entry;
            OptionalDouble median = figures.median(row.key());
            if (median.isEmpty()) {
                text.append(String.format("  %-48s %14s%n", row.label(), "NA"));
                continue;
            }
            String spread = figures.count(row.key()) > 1
                    ? number(figures.min(row.key()).getAsDouble(), row.decimals()) + " - "
                            + number(figures.max(row.key()).getAsDouble(), row.decimals())
                    : "";
            text.append(String.format(
                    "  %-48s %14s  %-22s %-16s %s%n",
                    row.label(),
                    number(median.getAsDouble(), row.decimals()) + " " + row.unit(),
                    spread,
                    row.goal(),
                    row.verdict(median.getAsDouble())));
        }
        return text.toString();
    }

    /** The last line: {@code bench: key=value ...}, each figure's median, NA where it was not measured. */
    public String line(Figures figures, Map<String, String> labels) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : LINE_KEYS) {
            OptionalDouble median = figures.median(key);
            values.put(key, median.isPresent() ? plain(key, median.getAsDouble()) : "NA");
        }
        values.putAll(labels);
        return "bench: " + Forks.format(values);
    }

    private static String plain(String key, double value) {
        if (key.endsWith("_us") || key.endsWith("_per_s")) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, key.endsWith("_ratio") ? "%.2f" : "%.1f", value);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.UK, "%,." + decimals + "f", value);
    }
}
