package org.smallwins.safety;

import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.smallwins.language.Categorizers;

/**
 * The risk check's second opinion: an OpenNLP document categorizer trained on
 * {@code nlp-models/corpus/risk.tsv}, for indirect phrasing the lexicon has no rule for. It can only
 * raise a level, never lower one, and speaks only when it is confident: in 5-fold cross-validation 98%
 * of ordinary reflections stay below both thresholds (P(URGENT) 0.40, P(URGENT or CONCERN) 0.53; see
 * nlp-models/README.md).
 */
final class RiskModel {
    static final String RESOURCE = "nlp-models/risk-doccat.bin";
    /** P(URGENT) at or above which a sentence is URGENT. */
    static final double URGENT_AT = 0.6;
    /** P(URGENT) + P(CONCERN) at or above which a sentence is at least CONCERN. */
    static final double CONCERN_AT = 0.6;

    private final DoccatModel model;

    RiskModel(DoccatModel model) {
        this.model = model;
    }

    static Optional<RiskModel> shipped() {
        return Categorizers.findShipped(RESOURCE).map(RiskModel::new);
    }

    /** The probabilities of URGENT and CONCERN for one sentence's visible words. */
    double[] urgentAndConcern(List<String> words) {
        // A categorizer per call: DocumentCategorizerME is not thread-safe, and it is cheap to make.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] outcome = categorizer.categorize(words.toArray(String[]::new));
        return new double[] {probability(categorizer, outcome, "URGENT"), probability(categorizer, outcome, "CONCERN")};
    }

    RiskLevel level(List<String> words) {
        double[] p = urgentAndConcern(words);
        if (p[0] >= URGENT_AT) {
            return RiskLevel.URGENT;
        }
        return p[0] + p[1] >= CONCERN_AT ? RiskLevel.CONCERN : RiskLevel.NONE;
    }

    private static double probability(DocumentCategorizerME categorizer, double[] outcome, String category) {
        int index = categorizer.getIndex(category);
        return index < 0 ? 0 : outcome[index];
    }
}
