package org.smallwins.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.smallwins.language.Categorizers;
import org.smallwins.language.NlpPipeline;

/**
 * Trains and scores the risk categorizer ({@link RiskModel}). It learns from the words the lexicon
 * sees (contractions spelled out, idioms hidden), so the two agree on what "killing me" means.
 */
public final class RiskTrainer {
    private final RiskCheck lexicon;

    public RiskTrainer(NlpPipeline nlp) {
        this.lexicon = RiskCheck.lexiconOnly(nlp);
    }

    /** A message and the level it should get. */
    public record Labelled(RiskLevel level, String text) {
        /** Reads {@code LEVEL <tab> text} lines; {@code #} starts a comment. */
        public static List<Labelled> read(Path file) {
            List<Labelled> lines = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] fields = line.split("\t", 2);
                        lines.add(new Labelled(RiskLevel.valueOf(fields[0].strip()), fields[1].strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
            return lines;
        }
    }

    public DoccatModel train(List<Labelled> lines) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Labelled line : lines) {
            samples.add(
                    new DocumentSample(line.level().name(), words(line.text()).toArray(String[]::new)));
        }
        return Categorizers.train(samples, "risk");
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        lexicon.visibleSentences(text).forEach(words::addAll);
        return words;
    }

    /** How a risk check scores on labelled lines. */
    public record Score(int urgent, int urgentCaught, int concern, int concernCaught, int ordinary, int falseAlarms) {
        public String report(String title) {
            return String.format(
                    "%s: URGENT caught %d/%d, CONCERN caught (as CONCERN or URGENT) %d/%d, false alarms %d/%d (%.1f%%)%n",
                    title,
                    urgentCaught,
                    urgent,
                    concernCaught,
                    concern,
                    falseAlarms,
                    ordinary,
                    ordinary == 0 ? 0 : 100.0 * falseAlarms / ordinary);
        }
    }

    /** The shipped lexicon alone, and with {@code model}, on {@code lines}. */
    public List<Score> score(DoccatModel model, List<Labelled> lines) {
        RiskCheck combined = lexicon.withModel(Optional.of(new RiskModel(model)));
        List<RiskLevel> lexiconOnly =
                lines.stream().map(l -> lexicon.lexiconLevel(l.text())).toList();
        List<RiskLevel> withModel =
                lines.stream().map(l -> combined.assess(l.text())).toList();
        return List.of(score(lines, lexiconOnly), score(lines, withModel));
    }

    private static Score score(List<Labelled> lines, List<RiskLevel> found) {
        int[] n = new int[6];
        for (int i = 0; i < lines.size(); i++) {
            RiskLevel expected = lines.get(i).level();
            RiskLevel got = found.get(i);
            switch (expected) {
                case URGENT -> {
                    n[0]++;
                    n[1] += got == RiskLevel.URGENT ? 1 : 0;
                }
                case CONCERN -> {
                    n[2]++;
                    n[3] += got != RiskLevel.NONE ? 1 : 0;
                }
                case NONE -> {
                    n[4]++;
                    n[5] += got != RiskLevel.NONE ? 1 : 0;
                }
            }
        }
        return new Score(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    /**
     * The model's P(URGENT) and P(URGENT)+P(CONCERN) for each line when it was held out of training
     * ({@code folds}-fold cross-validation), for setting {@link RiskModel}'s thresholds.
     */
    public List<double[]> crossValidated(List<Labelled> lines, int folds) {
        List<double[]> probabilities = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            probabilities.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> train = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i % folds != fold) {
                    train.add(lines.get(i));
                }
            }
            RiskModel model = new RiskModel(train(train));
            for (int i = fold; i < lines.size(); i += folds) {
                double max = 0;
                double maxConcern = 0;
                for (List<String> sentence :
                        lexicon.visibleSentences(lines.get(i).text())) {
                    double[] p = model.urgentAndConcern(sentence);
                    max = Math.max(max, p[0]);
                    maxConcern = Math.max(maxConcern, p[0] + p[1]);
                }
                probabilities.set(i, new double[] {max, maxConcern});
            }
        }
        return probabilities;
    }
}
