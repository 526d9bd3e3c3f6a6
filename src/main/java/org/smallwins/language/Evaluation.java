package org.smallwins.language;

import java.util.List;

/**
 * Scores an analyzer on labelled lines: F1 for "this line minimises" and "this line makes a demand",
 * accuracy and the confusion matrix for the baseline.
 */
public record Evaluation(int lines, double minimisingF1, double demandF1, double baselineAccuracy, int[][] confusion) {
    public static Evaluation of(TextAnalyzer analyzer, List<CorpusLine> lines) {
        int[] minimising = new int[3]; // true positives, false positives, false negatives
        int[] demands = new int[3];
        int[][] confusion = new int[Baseline.values().length][Baseline.values().length];
        int correct = 0;
        for (CorpusLine line : lines) {
            Analysis analysis = analyzer.analyze(line.text());
            count(minimising, !line.minimising().isEmpty(), analysis.isMinimising());
            count(demands, !line.demands().isEmpty(), analysis.hasDemand());
            confusion[line.baseline().ordinal()][analysis.baseline().ordinal()]++;
            if (line.baseline() == analysis.baseline()) {
                correct++;
            }
        }
        return new Evaluation(
                lines.size(),
                f1(minimising),
                f1(demands),
                lines.isEmpty() ? 0 : (double) correct / lines.size(),
                confusion);
    }

    private static void count(int[] tally, boolean expected, boolean found) {
        if (expected && found) {
            tally[0]++;
        } else if (found) {
            tally[1]++;
        } else if (expected) {
            tally[2]++;
        }
    }

    private static double f1(int[] tally) {
        double precision = tally[0] + tally[1] == 0 ? 1 : (double) tally[0] / (tally[0] + tally[1]);
        double recall = tally[0] + tally[2] == 0 ? 1 : (double) tally[0] / (tally[0] + tally[2]);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** A readable report: the three scores and the confusion matrix (rows: expected, columns: found). */
    public String report(String title) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s (%d lines)%n", title, lines));
        text.append(String.format(
                "  minimising F1 %.3f, demand F1 %.3f, baseline accuracy %.3f%n",
                minimisingF1, demandF1, baselineAccuracy));
        text.append(String.format("  %-14s", "expected\\found"));
        for (Baseline b : Baseline.values()) {
            text.append(String.format("%14s", b));
        }
        text.append(System.lineSeparator());
        for (Baseline expected : Baseline.values()) {
            text.append(String.format("  %-14s", expected));
            for (Baseline found : Baseline.values()) {
                text.append(String.format("%14d", confusion[expected.ordinal()][found.ordinal()]));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
