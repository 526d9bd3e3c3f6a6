package org.smallwins.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.smallwins.reframe.WinKind;

/**
 * A win as the summary and the chart count it: an answer's sentences in the person's words, minimisers
 * taken out and demands on oneself left out, with its kind.
 *
 * @param reviewStarted when its review started (which week it belongs to)
 * @param words the sentences, first person kept
 * @param minimisers the minimising words the person had used ("only"), given back by leaving them out
 */
record WinLine(Instant reviewStarted, WinKind kind, String words, List<String> minimisers) {
    WinLine {
        Objects.requireNonNull(reviewStarted, "reviewStarted");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        minimisers = List.copyOf(minimisers);
    }
}
