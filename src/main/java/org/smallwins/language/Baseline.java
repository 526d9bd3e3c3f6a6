package org.smallwins.language;

/** The measuring stick a person is using when they judge their week (the Three Baselines). */
public enum Baseline {
    /** Compared with who they wish they were: "I should be over this by now". */
    IDEAL_FUTURE,
    /** Compared with who they used to be: "I used to cope with so much more". */
    HISTORICAL,
    /** Compared with where they were recently: "a few weeks ago I couldn't, now I can". */
    FAIR_CURRENT,
    /** No comparison made. */
    NONE
}
