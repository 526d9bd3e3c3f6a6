package org.smallwins.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an analyzer on labelled answer kinds: precision and recall per {@link Stance} (OpenNLP's
 * {@code FMeasure}, see {@link Tally}), the confusion matrix, and the cue and baseline scores on the same
 * lines ({@link Evaluation}).
 */
public record StanceEvaluation(Map<Stance, double[]> perKind, int[][] confusion, Evaluation cues) {
    public static StanceEvaluation of(TextAnalyzer analyzer, List<StanceLine> lines) {
        Map<Stance, Tally> tallies = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            tallies.put(stance, new Tally());
        }
        int[][] confusion = new int[Stance.values().length][Stance.values().length];
        List<CorpusLine> labels = new ArrayList<>();
        for (StanceLine line : lines) {
            Stance found = analyzer.analyze(line.text()).stance();
            tallies.forEach((stance, tally) -> tally.add(line.stance() == stance, found == stance));
            confusion[line.stance().ordinal()][found.ordinal()]++;
            labels.add(line.labels());
        }
        Map<Stance, double[]> perKind = new EnumMap<>(Stance.class);
        tallies.forEach((stance, tally) -> perKind.put(stance, new double[] {tally.precision(), tally.recall()}));
        return new StanceEvaluation(perKind, confusion, Evaluation.of(analyzer, labels));
    }

    public double precision(Stance stance) {
        return perKind.get(stance)[0];
    }

    public double recall(Stance stance) {
        return perKind.get(stance)[1];
    }

    /** Share of lines whose kind was found. */
    public double accuracy() {
        int correct = 0;
        int all = 0;
        for (int i = 0; i < confusion.length; i++) {
            for (int j = 0; j < confusion.length; j++) {
                all += confusion[i][j];
                correct += i == j ? confusion[i][j] : 0;
            }
        }
        return all == 0 ? 0 : (double) correct / all;
    }

    /** Precision and recall per kind, then the confusion matrix (rows: expected, columns: found). */
    public String report(String title) {
        StringBuilder text = new StringBuilder(String.format("%s: kind accuracy %.3f%n", title, accuracy()));
        for (Stance stance : Stance.values()) {
            text.append(
                    String.format("  %-15s precision %.3f, recall %.3f%n", stance, precision(stance), recall(stance)));
        }
        text.append(String.format("  %-15s", "expected\\found"));
        for (Stance stance : Stance.values()) {
            text.append(String.format("%8.7s", stance));
        }
        text.append(System.lineSeparator());
        for (Stance expected : Stance.values()) {
            text.append(String.format("  %-15s", expected));
            for (Stance found : Stance.values()) {
                text.append(String.format("%8d", confusion[expected.ordinal()][found.ordinal()]));
            }
            text.append(System.lineSeparator());
        }
        return text.append(cues.report("  cues and baseline on the same lines")).toString();
    }
}
