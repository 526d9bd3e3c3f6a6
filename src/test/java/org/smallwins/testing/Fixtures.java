package org.smallwins.testing;

import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.review.Conversation;
import org.smallwins.review.ConversationBuilder;
import org.smallwins.review.Outbox;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.UnitOfWork;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.EnglishCheck;
import org.smallwins.safety.RiskCheck;

/** The real models and bundles, loaded once per test JVM (loading takes about a second). */
public final class Fixtures {
    private static final NlpPipeline NLP = NlpPipeline.english();
    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.shipped(NLP);
    private static final RiskCheck RISK = RiskCheck.load(NLP);
    private static final Messages MESSAGES = Messages.load();
    private static final EnglishCheck ENGLISH = EnglishCheck.load();

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

    /** The whole core over {@code store}, as the app wires it, with an outbox in memory. */
    public static Conversation conversation(ReviewStore store) {
        return builder(store, new InMemoryOutbox(), UnitOfWork.NONE).build().conversation();
    }

    /** The core's parts, for a test to add features or a real database to. */
    public static ConversationBuilder builder(ReviewStore store, Outbox outbox, UnitOfWork transactions) {
        return Conversation.builder()
                .language(RISK, ANALYZER, ENGLISH::isClearlyNotEnglish)
                .words(MESSAGES, composer(), CrisisResources.load())
                .storage(store, outbox, transactions);
    }
}
