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
import picocli.CommandLine.Command;

@Command(name = "train", description = "Rebuild nlp-models/*.bin from nlp-models/corpus and print the evaluation.")
final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path models = Settings.home().resolve("nlp-models");
        List<CorpusLine> corpus = CorpusLine.read(models.resolve("corpus/analysis.tsv"));
        BaselineTrainer trainer = new BaselineTrainer(NlpPipeline.english());

        List<CorpusLine> train = new ArrayList<>();
        List<CorpusLine> heldOut = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (CorpusLine.heldOut(i) ? heldOut : train).add(corpus.get(i));
        }
        Evaluation evaluation = Evaluation.of(trainer.analyzerWith(trainer.train(train)), heldOut);
        System.out.print(
                evaluation.report("Held-out split (every 5th line; model trained on the other " + train.size() + ")"));

        DoccatModel shipped = trainer.train(corpus);
        Path out = models.resolve("baseline-doccat.bin");
        try (OutputStream stream = Files.newOutputStream(out)) {
            shipped.serialize(stream);
        }
        System.out.println(
                "Wrote " + Settings.home().relativize(out) + " (trained on all " + corpus.size() + " lines)");
        return 0;
    }
}
