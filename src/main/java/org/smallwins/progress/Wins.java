package org.smallwins.progress;

import java.util.ArrayList;
import java.util.List;
import org.smallwins.language.TextAnalyzer;
import org.smallwins.reframe.OwnWords;
import org.smallwins.reframe.Win;
import org.smallwins.reframe.WinKind;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.Review;

/**
 * The wins of some reviews, read the way the end-of-review summary reads them (the same sentences,
 * minimisers out, demand-only sentences left out), so the summary, history and chart agree.
 */
final class Wins {
    private final TextAnalyzer analyzer;

    Wins(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Every win of {@code reviews}, in review and question order. */
    List<WinLine> of(List<Review> reviews) {
        List<WinLine> lines = new ArrayList<>();
        for (Review review : reviews) {
            for (Answer answer : review.wins()) {
                if (answer.kind() != AnswerKind.ANSWERED) {
                    continue;
                }
                String words = OwnWords.winSentences(analyzer.analyze(answer.text()));
                if (!words.isBlank()) {
                    lines.add(new WinLine(
                            review.startedAt(),
                            WinKind.of(new Win(answer.question(), answer.text())),
                            capitalise(words),
                            answer.minimising()));
                }
            }
        }
        return lines;
    }

    static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
