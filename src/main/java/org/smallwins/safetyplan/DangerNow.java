package org.smallwins.safetyplan;

import java.util.regex.Pattern;
import org.smallwins.language.TextNormaliser;
import org.smallwins.safety.Assessment;

/**
 * Whether a message with risk words, written while a safety plan is being filled in, says the danger is
 * now rather than describing a warning sign. "When I start thinking about ending it" belongs in the plan;
 * "I'm going to end it tonight" or "I want to die" gets the full crisis reply. It leans towards now: a
 * warning sign mistaken for danger costs an interrupted plan, the other mistake could cost far more.
 */
final class DangerNow {
    /** Words that put it in the present or the next hours, or say the means are at hand. */
    private static final Pattern IMMEDIATE = Pattern.compile("\\b(now|tonight|today|this (morning|afternoon|evening"
            + "|minute|second|weekend)|at the moment|right away|straight away|any minute|soon|in front of me"
            + "|next to me|ready)\\b");

    /**
     * The person's own intent, in the present or future: "I want to", "I'm going to", "I will", and
     * what they say they are doing ("I'm killing myself", "I'm ending it").
     */
    private static final Pattern INTENT = Pattern.compile("\\bi\\s*(('m|m| am)\\s+)?(going to|gonna|about to|ready to"
            + "|want to|wanna|need to|have to|will|'ll|shall|plan to|intend to|('ve| have)? decided)\\b"
            + "|\\bi\\s*('m|m| am)\\s+\\w+ing\\b");

    /**
     * Framing that makes intent a pattern to watch for, not a statement about this moment. "If" is not
     * one: "I'll do it if…" is intent.
     */
    private static final Pattern FRAMED = Pattern.compile("\\b(when|whenever|start|starts|starting"
            + "|begin|begins|beginning|sometimes|often|usually|times|tend to|used to|sign|signs)\\b");

    private DangerNow() {}

    /** True when the message gets the full crisis reply even though a plan is being written. */
    static boolean in(String text, Assessment risk) {
        if (risk.actInProgress()) {
            return true;
        }
        String folded = TextNormaliser.fold(text);
        if (IMMEDIATE.matcher(folded).find()) {
            return true;
        }
        return INTENT.matcher(folded).find() && !FRAMED.matcher(folded).find();
    }
}
