package org.smallwins.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.smallwins.config.ConfigFiles;
import org.smallwins.language.NlpPipeline;

/**
 * Trains the semantic layer's {@link RiskHead} from a {@link RiskCorpus} and measures the whole check
 * (lexicon and semantic layer together) on text the head did not train on, by k-fold cross-validation.
 * Embeddings are computed once per text and reused across folds.
 */
public final class RiskTrainer {
    private final RiskCheck lexiconOnly;
    private final ScoreBands bands;
    private final HeadTrainer.Options options;
    private final Map<String, float[]> embeddings = new ConcurrentHashMap<>();

    public RiskTrainer(NlpPipeline nlp) {
        this(nlp, ScoreBands.load(), HeadTrainer.Options.SHIPPED);
    }

    RiskTrainer(NlpPipeline nlp, ScoreBands bands, HeadTrainer.Options options) {
        this.lexiconOnly = RiskCheck.lexiconOnly(nlp);
        this.bands = bands;
        this.options = options;
    }

    /** The same trainer, sharing its computed embeddings, with other bands and options: for tuning. */
    RiskTrainer with(ScoreBands otherBands, HeadTrainer.Options otherOptions) {
        RiskTrainer other = new RiskTrainer(lexiconOnly, otherBands, otherOptions);
        other.embeddings.putAll(embeddings);
        return other;
    }

    private RiskTrainer(RiskCheck lexiconOnly, ScoreBands bands, HeadTrainer.Options options) {
        this.lexiconOnly = lexiconOnly;
        this.bands = bands;
        this.options = options;
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

    /** The head trained on all of {@code corpus}: what ./bot train ships. */
    public String trainShipped(RiskCorpus corpus) {
        RiskHead head = train(corpus.texts(), digest(corpus));
        return head.write(
                "# The risk check's semantic layer: multinomial logistic regression (NONE, CONCERN, URGENT)\n"
                        + "# over all-MiniLM-L6-v2 (quantized) sentence embeddings. Made by ./bot train from nlp-models/corpus;\n"
                        + "# built in part from posts by Patil, Tao & Gedhu (2025), arXiv:2505.13480, CC BY 4.0: see nlp-models/README.md.\n");
    }

    /**
     * The check head: trained as the shipped one is, on every {@value #CHECK_EVERY}th text of {@code corpus}
     * only. {@code ShippedRiskHeadTest} retrains it in seconds and compares, which proves the training still
     * gives what ./bot train wrote; the digest of the shipped head proves its corpus is the committed one.
     */
    public String trainCheck(RiskCorpus corpus) {
        List<RiskCorpus.Text> sample = checkSample(corpus.texts());
        return train(sample, digest(sample))
                .write("# The check head of risk-head.txt: the same training on every " + CHECK_EVERY
                        + "th text of its corpus (see ShippedRiskHeadTest). Made by ./bot train.\n");
    }

    /** Every {@value #CHECK_EVERY}th text: what the check head is trained on. */
    public static List<RiskCorpus.Text> checkSample(List<RiskCorpus.Text> texts) {
        List<RiskCorpus.Text> sample = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += CHECK_EVERY) {
            sample.add(texts.get(i));
        }
        return sample;
    }

    static final int CHECK_EVERY = 8;

    /** The head trained on all of {@code texts} and the ordinary messages joined from them. */
    RiskHead train(List<RiskCorpus.Text> texts, String digest) {
        return fit(withJoined(texts, -1), digest);
    }

    private RiskHead fit(List<RiskCorpus.Text> texts, String digest) {
        List<HeadTrainer.Example> examples = new ArrayList<>();
        double[] totals = new double[RiskHead.CLASSES];
        texts.forEach(t -> totals[t.level().ordinal()] += sourceWeight(t));
        for (RiskCorpus.Text text : texts) {
            // Each level weighs the same in total, however many lines it has.
            double weight = sourceWeight(text)
                    * texts.size()
                    / (RiskHead.CLASSES * totals[text.level().ordinal()]);
            String whole = wholeText(text.text());
            if (!whole.isBlank()) { // an idiom and nothing else: the model never sees it
                examples.add(new HeadTrainer.Example(embed(whole), text.level().ordinal(), weight));
            }
        }
        return HeadTrainer.train(examples, options, digest);
    }

    /**
     * Everyday negative thoughts count {@value #EVERYDAY_WEIGHT} times within their level, so that worry
     * about death weighs against the many words of death in the posts (chosen by 5-fold cross-validation).
     */
    private static double sourceWeight(RiskCorpus.Text text) {
        if (text.source().equals(RiskCorpus.RISK) && text.level() == RiskLevel.URGENT) {
            return OWN_URGENT_WEIGHT;
        }
        return text.source().equals(RiskCorpus.EVERYDAY) ? EVERYDAY_WEIGHT : 1;
    }

    /**
     * Our own short URGENT lines count a third: the lexicon already catches such plain phrasing, and at full
     * weight they taught the head that any short "I took my …" sentence is an overdose.
     */
    static final double OWN_URGENT_WEIGHT = 1.0 / 3;

    static final double EVERYDAY_WEIGHT = 3;

    /** The SHA-256 of everything the head depends on: texts, levels, the lexicon's idioms, the options. */
    public String digest(RiskCorpus corpus) {
        return digest(corpus.texts());
    }

    /** The same for some texts of a corpus. */
    public String digest(List<RiskCorpus.Text> texts) {
        StringBuilder all = new StringBuilder(options + " everyday x" + EVERYDAY_WEIGHT + " own urgent x"
                        + OWN_URGENT_WEIGHT + " idiom remainder " + Lexicon.MIN_WORDS_AFTER_IDIOM
                        + " joined 2+3 of every other block of " + FOLDS)
                .append('\n');
        for (String line : ConfigFiles.text(Lexicon.FILE).split("\\R")) {
            if (line.startsWith("IDIOM:")) {
                all.append(line.strip()).append('\n');
            }
        }
        texts.forEach(t -> all.append(t.level()).append('\t').append(t.text()).append('\n'));
        return Digests.sha256(all.toString());
    }

    /** The level the whole check gives each text when the head was trained on the other folds. */
    public List<RiskLevel> crossValidate(RiskCorpus corpus) {
        List<RiskCorpus.Text> texts = corpus.texts();
        List<RiskLevel> found =
                new ArrayList<>(texts.stream().map(t -> RiskLevel.NONE).toList());
        for (int fold = 0; fold < FOLDS; fold++) {
            RiskCheck check = with(fit(withJoined(texts, fold), ""));
            for (int i = 0; i < texts.size(); i++) {
                if (foldOf(i, FOLDS) == fold) {
                    found.set(i, check.assess(texts.get(i).text()));
                }
            }
        }
        return found;
    }

    /**
     * Ordinary messages of two and of three sentences from the held-out blocks of each fold (see {@link
     * JoinedMessages}), and the level the whole check gives each with the head trained on the other folds.
     */
    public Map<Integer, List<RiskLevel>> crossValidateJoined(RiskCorpus corpus) {
        List<RiskCorpus.Text> texts = corpus.texts();
        Map<Integer, List<RiskLevel>> found = new TreeMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            RiskCheck check = with(fit(withJoined(texts, fold), ""));
            for (int lines = 2; lines <= 3; lines++) {
                for (RiskCorpus.Text message : JoinedMessages.forMeasuring(texts, fold, lines)) {
                    found.computeIfAbsent(lines, k -> new ArrayList<>()).add(check.assess(message.text()));
                }
            }
        }
        return found;
    }

    /** Folds by position: every source's lines are spread evenly across them. */
    static int foldOf(int index, int folds) {
        return index % folds;
    }

    /** The folds of cross-validation. */
    public static final int FOLDS = 5;

    /** The texts outside fold {@code heldOut} (-1: all of them) and the ordinary messages joined from them. */
    static List<RiskCorpus.Text> withJoined(List<RiskCorpus.Text> texts, int heldOut) {
        List<RiskCorpus.Text> train = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (foldOf(i, FOLDS) != heldOut) {
                train.add(texts.get(i));
            }
        }
        train.addAll(JoinedMessages.forTraining(texts, heldOut));
        return train;
    }

    /** The lexicon's level alone for each text. */
    public List<RiskLevel> lexiconLevels(List<String> texts) {
        return texts.stream().map(lexiconOnly::assess).toList();
    }

    /** The whole check, with the head trained on all of {@code corpus}, on each of {@code texts}. */
    public List<RiskLevel> levelsWithHeadOn(RiskCorpus corpus, List<String> texts) {
        RiskCheck check = with(train(corpus.texts(), ""));
        return texts.stream().map(check::assess).toList();
    }

    private RiskCheck with(RiskHead head) {
        return lexiconOnly.with(new SemanticLayer(head, bands, this::embed));
    }

    String wholeText(String text) {
        List<Sentence> sentences = new ArrayList<>();
        lexiconOnly.read(text).forEach(sentences::addAll);
        return SemanticLayer.wholeText(sentences);
    }

    float[] embed(String text) {
        return embeddings.computeIfAbsent(text, t -> SentenceEmbedder.shared().embed(t));
    }
}
