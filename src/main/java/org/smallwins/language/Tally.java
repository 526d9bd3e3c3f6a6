package org.smallwins.language;

import opennlp.tools.util.eval.FMeasure;

/**
 * Precision, recall and F1 of a yes/no decision over lines, kept by OpenNLP's {@link FMeasure} with each
 * line counted as one item. A tally with nothing to find and nothing found scores 1 (OpenNLP reports -1).
 */
final class Tally {
    private final FMeasure measure = new FMeasure();
    private boolean seen;
    private int line;

    void add(boolean expected, boolean found) {
        Object[] item = {line++};
        Object[] none = {};
        measure.updateScores(expected ? item : none, found ? item : none);
        seen |= expected || found;
    }

    double precision() {
        return seen ? measure.getPrecisionScore() : 1;
    }

    double recall() {
        return seen ? measure.getRecallScore() : 1;
    }

    double f1() {
        return seen ? Math.max(0, measure.getFMeasure()) : 1;
    }
}
