package org.smallwins.language;

/** Reads one message for minimising, should-demands and the baseline in use. Safe to share between threads. */
public interface TextAnalyzer {
    Analysis analyze(String text);
}
