package org.smallwins.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.testing.Fixtures;

/**
 * The held-out lines of both corpora, and an analyzer whose baseline and stance models were trained
 * without any of them (built once per test JVM: training takes a few seconds); and the second-round
 * evaluation set, which no model is trained on. nlp-models/README.md says which figures were measured
 * before anything was tuned on these lines and which are regression gates since.
 */
public final class HeldOutModels {
    private static final Path ANSWERS = Path.of("nlp-models/corpus/analysis.tsv");
    private static final Path KINDS = Path.of("nlp-models/corpus/stances.tsv");
    private static final Path SECOND_ROUND = Path.of("nlp-models/eval/stances-eval.tsv");
    private static TextAnalyzer analyzer;

    private HeldOutModels() {}

    public static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            List<StanceLine> train = new ArrayList<>(CorpusLine.split(kinds(), false));
            train.addAll(CorpusLine.split(stanceOfAnswers(), false));
            analyzer = OpenNlpAnalyzer.with(
                    Fixtures.nlp(),
                    new BaselineTrainer(Fixtures.nlp()).train(CorpusLine.split(answers(), false)),
                    new StanceTrainer(Fixtures.nlp()).train(train));
        }
        return analyzer;
    }

    /** Every line of {@code corpus/stances.tsv}. */
    public static List<StanceLine> kinds() {
        return read(() -> StanceLine.read(KINDS));
    }

    /** The held-out lines of {@code corpus/stances.tsv}: every fifth, written before the rules were tuned. */
    public static List<StanceLine> heldOutKinds() {
        return CorpusLine.split(kinds(), true);
    }

    /**
     * {@code eval/stances-eval.tsv}: answers written after the held-out split had been looked at, never
     * trained on, so the shipped models may be scored on them.
     */
    public static List<StanceLine> secondRound() {
        return read(() -> StanceLine.read(SECOND_ROUND));
    }

    /** Every line of {@code corpus/analysis.tsv}. */
    public static List<CorpusLine> answers() {
        return read(() -> CorpusLine.read(ANSWERS));
    }

    public static List<CorpusLine> heldOutAnswers() {
        return CorpusLine.split(answers(), true);
    }

    static List<StanceLine> stanceOfAnswers() {
        return read(() -> StanceLine.read(ANSWERS));
    }

    private interface Reader<T> {
        List<T> read() throws IOException;
    }

    private static <T> List<T> read(Reader<T> reader) {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
