package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smallwins.testing.Fixtures;

/**
 * Scores the risk check on {@code nlp-models/eval/risk-eval.tsv}, the numbers nlp-models/README.md reports:
 * every URGENT line must be caught, and at most 5% of ordinary reflections may raise an alarm.
 */
class RiskEvaluationTest {
    record Labelled(RiskLevel expected, String text) {}

    static List<Labelled> evaluationSet() throws IOException {
        List<Labelled> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("nlp-models/eval/risk-eval.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t", 2);
                lines.add(new Labelled(RiskLevel.valueOf(fields[0]), fields[1]));
            }
        }
        return lines;
    }

    @Test
    void theSetIsAsLargeAsTheIssueAsks() throws IOException {
        List<Labelled> set = evaluationSet();
        assertThat(set.stream().filter(l -> l.expected() != RiskLevel.NONE)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(set.stream().filter(l -> l.expected() == RiskLevel.NONE)).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void catchesEveryUrgentLine() throws IOException {
        List<String> missed = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.URGENT)
                .filter(l -> Fixtures.riskCheck().assess(l.text()) != RiskLevel.URGENT)
                .map(Labelled::text)
                .toList();
        assertThat(missed).as("URGENT lines not caught as URGENT").isEmpty();
    }

    @Test
    void catchesEveryConcernLineAtLeastAsConcern() throws IOException {
        List<String> missed = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.CONCERN)
                .filter(l -> Fixtures.riskCheck().assess(l.text()) == RiskLevel.NONE)
                .map(Labelled::text)
                .toList();
        assertThat(missed).as("CONCERN lines missed").isEmpty();
    }

    @Test
    void neverSoundsTheUrgentAlarmOnAnOrdinaryReflection() throws IOException {
        List<String> urgent = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.NONE)
                .filter(l -> Fixtures.riskCheck().assess(l.text()) == RiskLevel.URGENT)
                .map(Labelled::text)
                .toList();
        assertThat(urgent).isEmpty();
    }

    @Test
    void theCategorizerOnlyEverRaisesTheLexiconsLevel() throws IOException {
        RiskCheck lexiconOnly = RiskCheck.lexiconOnly(Fixtures.nlp());
        for (Labelled line : evaluationSet()) {
            assertThat(Fixtures.riskCheck().assess(line.text()))
                    .as(line.text())
                    .isGreaterThanOrEqualTo(lexiconOnly.assess(line.text()));
        }
    }

    @Test
    void raisesFewFalseAlarmsOnOrdinaryReflections() throws IOException {
        List<Labelled> ordinary = evaluationSet().stream()
                .filter(l -> l.expected() == RiskLevel.NONE)
                .toList();
        long alarms = ordinary.stream()
                .filter(l -> Fixtures.riskCheck().assess(l.text()) != RiskLevel.NONE)
                .count();
        assertThat((double) alarms / ordinary.size()).as("false alarm rate").isLessThanOrEqualTo(0.05);
    }
}
