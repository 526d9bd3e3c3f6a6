package org.smallwins.progress;

import java.util.ArrayList;
import java.util.List;
import org.smallwins.language.Analysis;
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
                add(lines, review, answer, answer.text(), answer.minimising());
                answer.followUp().shifted().ifPresent(shifted -> add(lines, review, answer, shifted, List.of()));
            }
        }
        return lines;
    }

    /** Adds {@code text} when it is a win; self-criticism, worry or blame answered a question but is no win. */
    private void add(List<WinLine> lines, Review review, Answer answer, String text, List<String> minimising) {
        Analysis analysis = analyzer.analyze(text);
        String words = analysis.isWin() ? OwnWords.winSentences(analysis) : "";
        if (!words.isBlank()) {
            lines.add(new WinLine(
                    review.startedAt(), WinKind.of(new Win(answer.question(), text)), capitalise(words), minimising));
        }
    }

    static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
