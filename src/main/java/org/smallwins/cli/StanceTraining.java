package org.smallwins.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import org.smallwins.language.CorpusLine;
import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.language.StanceEvaluation;
import org.smallwins.language.StanceLine;
import org.smallwins.language.StanceTrainer;

/**
 * The part of {@code ./bot train} that makes {@code nlp-models/stance-doccat.bin}: it learns from the
 * answer kinds of {@code corpus/stances.tsv} and {@code corpus/analysis.tsv}, is scored on the held-out
 * lines of {@code stances.tsv} (every fifth, written before the rules were tuned) and cross-validated
 * with OpenNLP's own cross-validator, then trained on every line.
 */
final class StanceTraining {
    private final Path models;
    private final NlpPipeline nlp;
    private final StanceTrainer trainer;
    private final List<StanceLine> kinds;
    private final List<StanceLine> answers;
    private DoccatModel onTrainingSplits;

    StanceTraining(Path models, NlpPipeline nlp) throws IOException {
        this.models = models;
        this.nlp = nlp;
        this.trainer = new StanceTrainer(nlp);
        this.kinds = StanceLine.read(models.resolve("corpus/stances.tsv"));
        this.answers = StanceLine.read(models.resolve("corpus/analysis.tsv"));
    }

    /** The categorizer trained without the held-out lines of either corpus (made once). */
    DoccatModel onTrainingSplits() {
        if (onTrainingSplits == null) {
            List<StanceLine> train = new ArrayList<>(CorpusLine.split(kinds, false));
            train.addAll(CorpusLine.split(answers, false));
            onTrainingSplits = trainer.train(train);
        }
        return onTrainingSplits;
    }

    /** Prints the held-out scores (with {@code baseline} for the measuring stick) and the cross-validation. */
    void report(DoccatModel baseline) {
        List<StanceLine> heldOut = CorpusLine.split(kinds, true);
        StanceEvaluation evaluation =
                StanceEvaluation.of(OpenNlpAnalyzer.with(nlp, baseline, onTrainingSplits()), heldOut);
        System.out.print(evaluation.report("Answer kinds, held-out split of corpus/stances.tsv (" + heldOut.size()
                + " lines; models trained on neither held-out split)"));
        List<StanceLine> all = new ArrayList<>(kinds);
        all.addAll(answers);
        System.out.printf(
                "Answer kinds, the categorizer alone (words and signs, not checked against the signs),"
                        + " 10-fold cross-validation on %d lines: accuracy %.3f%n",
                all.size(), trainer.crossValidatedAccuracy(all, 10));
    }

    /**
     * Trains on every line of both corpora, writes {@code stance-doccat.bin}, and scores it (with the
     * shipped {@code baseline}) on {@code eval/stances-eval.tsv}, which no model is trained on.
     */
    void write(DoccatModel baseline) throws IOException {
        List<StanceLine> all = new ArrayList<>(kinds);
        all.addAll(answers);
        DoccatModel model = trainer.train(all);
        Path out = models.resolve("stance-doccat.bin");
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.serialize(stream);
        }
        System.out.println("Wrote " + Settings.home().relativize(out) + " (trained on all " + all.size() + " lines)");
        List<StanceLine> secondRound = StanceLine.read(models.resolve("eval/stances-eval.tsv"));
        System.out.print(StanceEvaluation.of(OpenNlpAnalyzer.with(nlp, baseline, model), secondRound)
                .report("Answer kinds, eval/stances-eval.tsv (" + secondRound.size() + " lines; shipped models)"));
    }
}
