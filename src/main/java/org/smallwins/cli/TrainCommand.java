package org.smallwins.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.doccat.DoccatModel;
import org.smallwins.language.BaselineTrainer;
import org.smallwins.language.CorpusLine;
import org.smallwins.language.Evaluation;
import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.safety.RiskCorpus;
import org.smallwins.safety.RiskReport;
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
        trainRisk(models);
        return 0;
    }

    /** The risk check's semantic layer: cross-validated figures, then the head trained on all of its corpus. */
    private static void trainRisk(Path models) throws IOException {
        RiskCorpus corpus = RiskCorpus.read(models);
        RiskTrainer trainer = new RiskTrainer(NlpPipeline.english());
        System.out.println("Risk check: embedding " + corpus.texts().size() + " texts (about a minute)...");
        RiskReport report = new RiskReport()
                .crossValidated(corpus, trainer.crossValidate(corpus), RiskTrainer.FOLDS)
                .joined(trainer.crossValidateJoined(corpus));
        for (String set : List.of(
                "eval/risk-eval.tsv",
                "eval/risk-eval-2.tsv",
                "eval/risk-eval-3.tsv",
                "eval/everyday-eval.tsv",
                "eval/everyday-eval-2.tsv",
                "eval/everyday-eval-3.tsv")) {
            List<RiskTrainer.Labelled> lines = RiskTrainer.Labelled.read(models.resolve(set));
            List<String> texts = lines.stream().map(RiskTrainer.Labelled::text).toList();
            report.heldOut(set + ", lexicon alone", lines, trainer.lexiconLevels(texts));
            report.heldOut(
                    set + ", whole check (head trained on all of the corpus)",
                    lines,
                    trainer.levelsWithHeadOn(corpus, texts));
        }
        System.out.print(report);
        Path out = models.resolve("risk-head.txt");
        Files.writeString(out, trainer.trainShipped(corpus), StandardCharsets.UTF_8);
        System.out.println("Wrote " + Settings.home().relativize(out) + " (trained on all "
                + corpus.texts().size() + " texts)");
        Path check = models.resolve("risk-head-check.txt");
        Files.writeString(check, trainer.trainCheck(corpus), StandardCharsets.UTF_8);
        System.out.println("Wrote " + Settings.home().relativize(check) + " (the same training on "
                + RiskTrainer.checkSample(corpus.texts()).size() + " of them, for ShippedRiskHeadTest)");
    }
}
