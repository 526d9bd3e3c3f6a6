package org.smallwins.review;

/** How a question was met. */
public enum AnswerKind {
    /** The person wrote something. */
    ANSWERED,
    /** "Nothing", "I don't know": met gently, not counted as a win. */
    NOTHING,
    /** Skipped with {@code /skip}. */
    SKIPPED
}
