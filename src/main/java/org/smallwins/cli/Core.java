package org.smallwins.cli;

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

/** Wires the core together: the language models, the risk check, the reply composer and a store. */
record Core(NlpPipeline nlp, RiskCheck riskCheck, TextAnalyzer analyzer, Messages messages, ReplyComposer composer) {
    static Core load() {
        NlpPipeline nlp = NlpPipeline.english();
        TextAnalyzer analyzer = OpenNlpAnalyzer.shipped(nlp);
        Messages messages = Messages.load();
        return new Core(nlp, RiskCheck.load(nlp), analyzer, messages, new ReplyComposer(messages, analyzer));
    }

    Conversation conversation(ReviewStore store) {
        SafetyReplies safety = new SafetyReplies(messages, CrisisResources.load(), store);
        return new Conversation(
                riskCheck, safety, new ReviewFlow(analyzer, composer, store, messages), store, messages);
    }
}
