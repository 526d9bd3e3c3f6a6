package org.smallwins.language;

import java.util.List;

/**
 * Scores an analyzer on labelled lines: F1 for "this line minimises" and "this line makes a demand"
 * (OpenNLP's {@code FMeasure}, see {@link Tally}), accuracy and the confusion matrix for the
 * baseline.
 */
public record Evaluation(int lines, double minimisingF1, double demandF1, double baselineAccuracy, int[][] confusion) {
    public static Evaluation of(TextAnalyzer analyzer, List<CorpusLine> lines) {
        Tally minimising = new Tally();
        Tally demands = new Tally();
        int[][] confusion = new int[Baseline.values().length][Baseline.values().length];
        int correct = 0;
        for (CorpusLine line : lines) {
            Analysis analysis = analyzer.analyze(line.text());
            minimising.add(!line.minimising().isEmpty(), analysis.isMinimising());
            demands.add(!line.demands().isEmpty(), analysis.hasDemand());
            confusion[line.baseline().ordinal()][analysis.baseline().ordinal()]++;
            if (line.baseline() == analysis.baseline()) {
                correct++;
            }
        }
        return new Evaluation(
                lines.size(),
                minimising.f1(),
                demands.f1(),
                lines.isEmpty() ? 0 : (double) correct / lines.size(),
                confusion);
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
