package org.smallwins.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Tells what kind of answer a message is ({@link Stance}). "Nothing" answers and questions put back to the
 * bot are recognised by rule; everything else by the OpenNLP document categorizer trained on
 * {@code nlp-models/corpus/stances.tsv}, which sees the words, word pairs and the {@link StanceCues}.
 */
final class StanceClassifier {
    static final String MODEL_RESOURCE = "nlp-models/stance-doccat.bin";
    /** "What counts as difficult?", "why do you want to know?": a question to the bot, not about oneself. */
    private static final Pattern TO_THE_BOT = Pattern.compile(" (you|your|count|counts|mean) ");

    /**
     * Each sign is given to the categorizer this many times, so that among a sentence's words it weighs
     * like three: in cross-validation on the training split, kind accuracy went from 84% to 87% (one copy
     * against three), and six copies did no better.
     */
    private static final int SIGN_WEIGHT = 3;

    private final DoccatModel model;

    StanceClassifier(DoccatModel model) {
        this.model = model;
    }

    static Optional<StanceClassifier> shipped() {
        return Categorizers.findShipped(MODEL_RESOURCE).map(StanceClassifier::new);
    }

    /** The kind of answer and the signs it was told by. */
    record Reading(Stance stance, StanceSigns signs) {}

    Reading classify(String text, List<TaggedSentence> sentences) {
        StanceSigns signs = StanceCues.of(sentences);
        return new Reading(classify(text, sentences, signs), signs);
    }

    private Stance classify(String text, List<TaggedSentence> sentences, StanceSigns signs) {
        if (NothingAnswer.matches(text)) {
            return Stance.NOTHING;
        }
        if (sentences.isEmpty() || isQuestionToTheBot(sentences)) {
            return Stance.WIN;
        }
        // A categorizer instance per call: DocumentCategorizerME is not thread-safe, and it is cheap to make.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] outcome = categorizer.categorize(features(sentences, signs));
        Stance best = Stance.valueOf(categorizer.getBestCategory(outcome));
        if (best == Stance.WIN || best == Stance.SELF_CRITICISM && !signs.supports(best)) {
            // Taking a non-win for a win is the costly mistake: a sign of another kind overrules the model.
            // A "verdict" with no one judged in it, or with a fair comparison and nothing harsh, is no verdict.
            return signs.notAWin().orElse(Stance.WIN);
        }
        if ((best == Stance.COMPARISON || best == Stance.OTHERS) && !signs.supports(best)) {
            // Measuring against others, or blaming them, is named only when a sign of it is there.
            return secondBest(categorizer, outcome, best);
        }
        return best;
    }

    private static Stance secondBest(DocumentCategorizerME categorizer, double[] outcome, Stance best) {
        Stance second = Stance.SELF_CRITICISM;
        double score = -1;
        for (int i = 0; i < outcome.length; i++) {
            Stance kind = Stance.valueOf(categorizer.getCategory(i));
            if (kind != best && kind != Stance.WIN && outcome[i] > score) {
                second = kind;
                score = outcome[i];
            }
        }
        return second;
    }

    private static boolean isQuestionToTheBot(List<TaggedSentence> sentences) {
        TaggedSentence last = sentences.get(sentences.size() - 1);
        return Cue.isQuestion(last) && TO_THE_BOT.matcher(Cue.padded(last)).find();
    }

    /** What the categorizer sees: the folded words without apostrophes, then the signs of {@link StanceCues}. */
    static String[] features(List<TaggedSentence> sentences) {
        return features(sentences, StanceCues.of(sentences));
    }

    private static String[] features(List<TaggedSentence> sentences, StanceSigns signs) {
        List<String> words = new ArrayList<>(List.of(BaselineClassifier.features(sentences)));
        for (int k = 0; k < SIGN_WEIGHT; k++) {
            words.addAll(signs.names());
        }
        return words.toArray(String[]::new);
    }
}
