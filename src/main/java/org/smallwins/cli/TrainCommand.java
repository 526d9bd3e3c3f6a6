package org.smallwins.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import org.smallwins.language.BaselineTrainer;
import org.smallwins.language.CorpusLine;
import org.smallwins.language.Evaluation;
import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.safety.RiskLevel;
import org.smallwins.safety.RiskTrainer;
import picocli.CommandLine.Command;

@Command(name = "train", description = "Rebuild nlp-models/*.bin from nlp-models/corpus and print the evaluation.")
final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path models = Settings.home().resolve("nlp-models");
        List<CorpusLine> corpus = CorpusLine.read(models.resolve("corpus/analysis.tsv"));
        NlpPipeline nlp = NlpPipeline.english();
        BaselineTrainer trainer = new BaselineTrainer(nlp);
        StanceTraining stances = new StanceTraining(models, nlp);

        List<CorpusLine> train = CorpusLine.split(corpus, false);
        List<CorpusLine> heldOut = CorpusLine.split(corpus, true);
        DoccatModel baselineOnTrain = trainer.train(train);
        Evaluation evaluation =
                Evaluation.of(OpenNlpAnalyzer.with(nlp, baselineOnTrain, stances.onTrainingSplits()), heldOut);
        System.out.print(
                evaluation.report("Held-out split (every 5th line; models trained on the other " + train.size() + ")"));
        stances.report(baselineOnTrain);

        DoccatModel shipped = trainer.train(corpus);
        Path out = models.resolve("baseline-doccat.bin");
        try (OutputStream stream = Files.newOutputStream(out)) {
            shipped.serialize(stream);
        }
        System.out.println(
                "Wrote " + Settings.home().relativize(out) + " (trained on all " + corpus.size() + " lines)");
        stances.write(shipped);
        trainRisk(models, corpus);
        return 0;
    }

    /** The risk categorizer: trained on corpus/risk.tsv plus the analysis answers as ordinary text. */
    private static void trainRisk(Path models, List<CorpusLine> answers) throws IOException {
        List<RiskTrainer.Labelled> corpus =
                new ArrayList<>(RiskTrainer.Labelled.read(models.resolve("corpus/risk.tsv")));
        answers.forEach(a -> corpus.add(new RiskTrainer.Labelled(RiskLevel.NONE, a.text())));
        RiskTrainer trainer = new RiskTrainer(NlpPipeline.english());

        List<double[]> held = trainer.crossValidated(corpus, 5);
        System.out.println("Risk categorizer, 5-fold cross-validation on " + corpus.size() + " lines:");
        for (RiskLevel level : RiskLevel.values()) {
            List<double[]> mine = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (corpus.get(i).level() == level) {
                    mine.add(held.get(i));
                }
            }
            System.out.printf(
                    "  %-8s %4d lines: P(URGENT) %s; P(URGENT or CONCERN) %s%n",
                    level, mine.size(), percentiles(mine, 0), percentiles(mine, 1));
        }

        DoccatModel model = trainer.train(corpus);
        Path out = models.resolve("risk-doccat.bin");
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.serialize(stream);
        }
        List<RiskTrainer.Labelled> evaluation = RiskTrainer.Labelled.read(models.resolve("eval/risk-eval.tsv"));
        List<RiskTrainer.Score> scores = trainer.score(model, evaluation);
        System.out.print(scores.get(0).report("eval/risk-eval.tsv, lexicon alone"));
        System.out.print(scores.get(1).report("eval/risk-eval.tsv, lexicon + categorizer"));
        System.out.println(
                "Wrote " + Settings.home().relativize(out) + " (trained on all " + corpus.size() + " lines)");
    }

    private static String percentiles(List<double[]> values, int column) {
        List<Double> sorted = values.stream().map(v -> v[column]).sorted().toList();
        StringBuilder text = new StringBuilder();
        for (int percent : new int[] {2, 10, 50, 90, 98}) {
            int at = Math.min(sorted.size() - 1, sorted.size() * percent / 100);
            text.append(String.format("p%d=%.2f ", percent, sorted.get(at)));
        }
        return text.toString().strip();
    }
}
