package org.smallwins.cli;

import org.smallwins.language.NlpPipeline;
import org.smallwins.language.OpenNlpAnalyzer;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.ReplyComposer;
import org.smallwins.safety.EnglishCheck;
import org.smallwins.safety.RiskCheck;

/** The language models, the risk check, the messages and the reply composer: loaded once a process. */
record Core(
        NlpPipeline nlp,
        RiskCheck riskCheck,
        EnglishCheck english,
        TextAnalyzer analyzer,
        Messages messages,
        ReplyComposer composer) {
    static Core load() {
        NlpPipeline nlp = NlpPipeline.english();
        TextAnalyzer analyzer = OpenNlpAnalyzer.shipped(nlp);
        Messages messages = Messages.load();
        return new Core(
                nlp,
                RiskCheck.load(nlp),
                EnglishCheck.load(),
                analyzer,
                messages,
                new ReplyComposer(messages, analyzer));
    }
}
