package org.smallwins.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.language.CorpusLine;
import org.smallwins.language.StanceLine;

/**
 * What the semantic layer learns from, read from {@code nlp-models/}: our own risk lines
 * ({@code corpus/risk.tsv}), the review answers ({@code corpus/analysis.tsv}, ordinary), the everyday
 * negative thoughts ({@code corpus/everyday.tsv}, ordinary) and the public posts graded on the Columbia
 * scale ({@code corpus/cssrs-posts.tsv}, CC BY 4.0: grade 0, distress without suicidal ideation, is
 * NONE for the head, which learns to tell ideation from distress; grades 1 to 6 are URGENT), then the
 * answers of every kind ({@code corpus/stances.tsv}: self-criticism, worry and blame are ordinary too).
 * The lexicon's CONCERN rules, not the head, are what answer distress. The order fixes the folds of
 * cross-validation: new sources go at the end.
 */
public record RiskCorpus(List<Text> texts) {
    /** One training text: where it comes from, its Columbia grade (-1 when it has none) and its level. */
    public record Text(String source, int grade, RiskLevel level, String text) {}

    public static final String RISK = "risk",
            ANSWERS = "analysis",
            EVERYDAY = "everyday",
            POSTS = "cssrs-posts",
            STANCES = "stances";

    public RiskCorpus {
        texts = List.copyOf(texts);
    }

    public static RiskCorpus read(Path models) {
        List<Text> texts = new ArrayList<>();
        try {
            for (RiskTrainer.Labelled line : RiskTrainer.Labelled.read(models.resolve("corpus/risk.tsv"))) {
                texts.add(new Text(RISK, -1, line.level(), line.text()));
            }
            for (CorpusLine line : CorpusLine.read(models.resolve("corpus/analysis.tsv"))) {
                texts.add(new Text(ANSWERS, -1, RiskLevel.NONE, line.text()));
            }
            for (RiskTrainer.Labelled line : RiskTrainer.Labelled.read(models.resolve("corpus/everyday.tsv"))) {
                texts.add(new Text(EVERYDAY, -1, line.level(), line.text()));
            }
            for (String line : Files.readAllLines(models.resolve("corpus/cssrs-posts.tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("CSSRS_")) {
                    int grade = line.charAt("CSSRS_".length()) - '0';
                    RiskLevel level = grade == 0 ? RiskLevel.NONE : RiskLevel.URGENT;
                    texts.add(new Text(
                            POSTS,
                            grade,
                            level,
                            line.substring(line.indexOf('\t') + 1).strip()));
                }
            }
            for (StanceLine line : StanceLine.read(models.resolve("corpus/stances.tsv"))) {
                texts.add(new Text(STANCES, -1, RiskLevel.NONE, line.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the risk corpus in " + models, e);
        }
        return new RiskCorpus(texts);
    }
}
