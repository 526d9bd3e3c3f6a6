package org.smallwins.testing;

import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.review.Conversation;
import org.smallwins.review.ReviewFlow;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.SafetyReplies;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskCheck;

/** The real models and bundles, loaded once per test JVM (loading takes about a second). */
public final class Fixtures {
    private static final NlpPipeline NLP = NlpPipeline.english();
    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.shipped(NLP);
    private static final RiskCheck RISK = RiskCheck.load(NLP);
    private static final Messages MESSAGES = Messages.load();

    private Fixtures() {}

    public static NlpPipeline nlp() {
        return NLP;
    }

    public static TextAnalyzer analyzer() {
        return ANALYZER;
    }

    public static RiskCheck riskCheck() {
        return RISK;
    }

    public static Messages messages() {
        return MESSAGES;
    }

    public static ReplyComposer composer() {
        return new ReplyComposer(MESSAGES, ANALYZER);
    }

    /** The whole core over {@code store}, as the app wires it. */
    public static Conversation conversation(ReviewStore store) {
        SafetyReplies safety = new SafetyReplies(MESSAGES, CrisisResources.load(), store);
        return new Conversation(RISK, safety, new ReviewFlow(ANALYZER, composer(), store, MESSAGES), store, MESSAGES);
    }
}
