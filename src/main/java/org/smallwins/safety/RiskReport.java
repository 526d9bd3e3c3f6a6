package org.smallwins.safety;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The figures nlp-models/README.md quotes, printed by ./bot train: per-grade recall on the graded posts,
 * false alarms on the review answers and the everyday thoughts, and catches on our own lines.
 */
public final class RiskReport {
    private final StringBuilder out = new StringBuilder();

    /** Cross-validated figures: {@code found} holds the held-out level of each text of {@code corpus}. */
    public RiskReport crossValidated(RiskCorpus corpus, List<RiskLevel> found, int folds) {
        out.append(String.format(
                "Whole check (lexicon + semantic layer), %d-fold cross-validation, held-out folds:%n", folds));
        List<RiskCorpus.Text> texts = corpus.texts();
        for (int grade = 0; grade <= 6; grade++) {
            int g = grade;
            line(texts, found, "  posts, Columbia grade " + grade, t -> t.grade() == g);
        }
        line(texts, found, "  posts, grades 1-6", t -> t.grade() >= 1);
        line(texts, found, "  posts, grades 4-6", t -> t.grade() >= 4);
        line(
                texts,
                found,
                "  corpus/risk.tsv URGENT",
                t -> t.source().equals(RiskCorpus.RISK) && t.level() == RiskLevel.URGENT);
        line(
                texts,
                found,
                "  corpus/risk.tsv CONCERN",
                t -> t.source().equals(RiskCorpus.RISK) && t.level() == RiskLevel.CONCERN);
        line(
                texts,
                found,
                "  corpus/risk.tsv NONE",
                t -> t.source().equals(RiskCorpus.RISK) && t.level() == RiskLevel.NONE);
        line(texts, found, "  corpus/analysis.tsv (review answers)", t -> t.source()
                .equals(RiskCorpus.ANSWERS));
        line(texts, found, "  corpus/everyday.tsv (everyday thoughts)", t -> t.source()
                .equals(RiskCorpus.EVERYDAY));
        line(texts, found, "  corpus/stances.tsv (answers of every kind)", t -> t.source()
                .equals(RiskCorpus.STANCES));
        return this;
    }

    /** Cross-validated figures on ordinary lines joined into messages of {@code n} sentences. */
    public RiskReport joined(Map<Integer, List<RiskLevel>> found) {
        found.forEach((lines, levels) -> {
            long urgent = levels.stream().filter(l -> l == RiskLevel.URGENT).count();
            long any = levels.stream().filter(l -> l != RiskLevel.NONE).count();
            out.append(figures("  " + lines + " ordinary lines joined", levels.size(), (int) urgent, (int) any))
                    .append(System.lineSeparator());
        });
        return this;
    }

    /** Figures on a labelled set no model trained on. */
    public RiskReport heldOut(String title, List<RiskTrainer.Labelled> lines, List<RiskLevel> found) {
        out.append(title).append(':').append(System.lineSeparator());
        for (RiskLevel level : RiskLevel.values()) {
            int total = 0, urgent = 0, any = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).level() == level) {
                    total++;
                    urgent += found.get(i) == RiskLevel.URGENT ? 1 : 0;
                    any += found.get(i) != RiskLevel.NONE ? 1 : 0;
                }
            }
            if (total > 0) {
                out.append(figures("  expected " + level, total, urgent, any)).append(System.lineSeparator());
            }
        }
        return this;
    }

    private void line(
            List<RiskCorpus.Text> texts, List<RiskLevel> found, String title, Predicate<RiskCorpus.Text> which) {
        int total = 0, urgent = 0, any = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (which.test(texts.get(i))) {
                total++;
                urgent += found.get(i) == RiskLevel.URGENT ? 1 : 0;
                any += found.get(i) != RiskLevel.NONE ? 1 : 0;
            }
        }
        out.append(figures(title, total, urgent, any)).append(System.lineSeparator());
    }

    private static String figures(String title, int total, int urgent, int any) {
        return String.format(
                "%-44s %4d lines: URGENT %4d (%.3f), any alarm %4d (%.3f)",
                title, total, urgent, ratio(urgent, total), any, ratio(any, total));
    }

    private static double ratio(int part, int total) {
        return total == 0 ? 0 : (double) part / total;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
