package org.smallwins.progress;

/** The two kinds of cue word the analysis keeps with each answer. */
public enum CueKind {
    /** Words that shrink what was done: "only", "just", "barely". */
    MINIMISING,
    /** Demands on oneself: "should", "must", "ought to". */
    DEMAND
}
