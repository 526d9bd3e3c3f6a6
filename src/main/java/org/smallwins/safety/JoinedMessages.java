package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary messages of two and three sentences, joined from answers, everyday thoughts and answers of every
 * kind: hard negatives for the head, and the measure of what the lower URGENT band for a stretch read whole
 * costs. Lines i, i + 5 (and i + 10) share a cross-validation fold, so no head is measured on a line it
 * trained on; every other block of {@value RiskTrainer#FOLDS} lines trains, the others are kept to measure.
 */
final class JoinedMessages {
    static final String SOURCE = "joined";

    private static final int STRIDE = RiskTrainer.FOLDS;

    private JoinedMessages() {}

    /** Two- and three-line messages of the training blocks outside fold {@code heldOut} (-1: of every fold). */
    static List<RiskCorpus.Text> forTraining(List<RiskCorpus.Text> texts, int heldOut) {
        List<RiskCorpus.Text> joined = new ArrayList<>();
        for (int i = 0; i + 2 * STRIDE < texts.size(); i++) {
            if (RiskTrainer.foldOf(i, STRIDE) != heldOut && (i / STRIDE) % 2 == 1 && joinable(texts, i)) {
                joined.add(join(texts, i, 2));
                joined.add(join(texts, i, 3));
            }
        }
        return joined;
    }

    /** Messages of {@code lines} lines from the measuring blocks of {@code fold}. */
    static List<RiskCorpus.Text> forMeasuring(List<RiskCorpus.Text> texts, int fold, int lines) {
        List<RiskCorpus.Text> joined = new ArrayList<>();
        for (int i = fold; i + 2 * STRIDE < texts.size(); i += STRIDE) {
            if ((i / STRIDE) % 2 == 0 && joinable(texts, i)) {
                joined.add(join(texts, i, lines));
            }
        }
        return joined;
    }

    private static boolean joinable(List<RiskCorpus.Text> texts, int i) {
        String source = texts.get(i).source();
        boolean ordinary = source.equals(RiskCorpus.ANSWERS)
                || source.equals(RiskCorpus.EVERYDAY)
                || source.equals(RiskCorpus.STANCES);
        return ordinary && texts.get(i + 2 * STRIDE).source().equals(source);
    }

    private static RiskCorpus.Text join(List<RiskCorpus.Text> texts, int i, int lines) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            text.append(k == 0 ? "" : " ").append(texts.get(i + k * STRIDE).text());
        }
        return new RiskCorpus.Text(SOURCE, -1, RiskLevel.NONE, text.toString());
    }
}
