package org.smallwins.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smallwins.language.Analysis;
import org.smallwins.safety.RiskLevel;

/**
 * One line of {@code ./bot analyze}: risk, cues, baseline and the reframe, as DESIGN.md's contract says,
 * then the kind of answer ({@code WIN}, {@code SELF_CRITICISM}, {@code WORRY}, {@code OTHERS},
 * {@code COMPARISON}, {@code NOTHING}), added after the contract's fields so that readers of it are
 * undisturbed. A line with risk language gets no reframe: small wins are never used to soften risk.
 */
final class LineAnalysis {
    private final Core core;

    LineAnalysis(Core core) {
        this.core = core;
    }

    ObjectNode analyze(String line, int number) {
        RiskLevel risk = core.riskCheck().assess(line);
        Analysis analysis = core.analyzer().analyze(line);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("text", line);
        node.put("risk", risk.name());
        analysis.minimising().forEach(node.putArray("minimising")::add);
        analysis.demands().forEach(node.putArray("demands")::add);
        node.put("baseline", analysis.baseline().name());
        if (risk == RiskLevel.NONE && !analysis.isPlain()) {
            node.put("reframe", core.composer().reframe(analysis, number));
        } else {
            node.putNull("reframe");
        }
        node.put("kind", analysis.stance().name());
        return node;
    }
}
