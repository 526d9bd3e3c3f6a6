package org.smallwins.language;

/**
 * What kind of answer a person gave, decided before a reply is chosen: only a win may be given back in
 * the person's own words; every other kind gets a reply of its own that never repeats the answer.
 */
public enum Stance {
    /**
     * Something the person did, felt, noticed or understood, possibly minimised ("I only managed one
     * email") or measured against a should or a past self while saying what they did.
     */
    WIN,
    /**
     * A verdict on oneself instead of a report: a harsh label, a failure, a regret, or a should or past
     * self the person falls short of ("I only ever let people down", "I should be over this by now").
     */
    SELF_CRITICISM,
    /** Fear about what may happen or what others think ("what if…", "maybe he doesn't like me anymore"). */
    WORRY,
    /** Blame or a should about someone else ("He shouldn't have taken it without asking me first"). */
    OTHERS,
    /** The person measured against other people ("their work is so much brighter, mine isn't"). */
    COMPARISON,
    /** "Nothing", "I don't know", "can't think of anything". */
    NOTHING
}
