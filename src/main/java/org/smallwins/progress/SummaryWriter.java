package org.smallwins.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smallwins.reframe.Messages;
import org.smallwins.reframe.WinKind;
import org.smallwins.review.Answer;
import org.smallwins.review.Review;

/**
 * The text of a summary, plain so that it can be forwarded as it is: the wins in the person's words
 * grouped by kind, what shifted (their follow-up answers), patterns over weeks when there are some, and
 * what was called small and given back. A record in their words; no score, no grade, no verdict.
 */
final class SummaryWriter {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Messages messages;
    private final Wins wins;

    SummaryWriter(Messages messages, Wins wins) {
        this.messages = messages;
        this.wins = wins;
    }

    /**
     * The sections for {@code reviews}, with {@code patterns} (a titled section) after what shifted;
     * each line carries its review's date when {@code dated}.
     */
    String body(List<Review> reviews, Optional<String> patterns, ZoneId zone, boolean dated) {
        List<WinLine> lines = wins.of(reviews);
        List<String> sections = new ArrayList<>();
        sections.add(byKind(lines, zone, dated));
        shifted(reviews, zone, dated).ifPresent(sections::add);
        patterns.ifPresent(sections::add);
        givenBack(lines, zone, dated).ifPresent(sections::add);
        return String.join("\n\n", sections);
    }

    /** The pattern lines under a title; empty when there are none. */
    Optional<String> patterns(String titleKey, List<String> lines) {
        return lines.isEmpty() ? Optional.empty() : Optional.of(section(titleKey, lines));
    }

    String footer() {
        return messages.require("summary.footer");
    }

    private String byKind(List<WinLine> lines, ZoneId zone, boolean dated) {
        if (lines.isEmpty()) {
            return messages.require("summary.noWins");
        }
        Map<WinKind, List<String>> grouped = new EnumMap<>(WinKind.class);
        for (WinLine line : lines) {
            grouped.computeIfAbsent(line.kind(), k -> new ArrayList<>())
                    .add(line.words() + date(line.reviewStarted(), zone, dated));
        }
        StringBuilder text = new StringBuilder(messages.require("summary.wins"));
        grouped.forEach((kind, items) -> {
            text.append("\n\n").append(messages.require(kind.messageKey()));
            items.forEach(item -> text.append("\n• ").append(item));
        });
        return text.toString();
    }

    private Optional<String> shifted(List<Review> reviews, ZoneId zone, boolean dated) {
        List<String> items = new ArrayList<>();
        for (Review review : reviews) {
            for (Answer answer : review.answers()) {
                answer.followUp()
                        .shifted()
                        .ifPresent(words ->
                                items.add(Wins.capitalise(words.strip()) + date(review.startedAt(), zone, dated)));
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(section("summary.shifted", items));
    }

    private Optional<String> givenBack(List<WinLine> lines, ZoneId zone, boolean dated) {
        List<String> items = lines.stream()
                .filter(line -> !line.minimisers().isEmpty())
                .map(line -> messages.format(
                        "summary.givenBack.line",
                        "words",
                        line.words(),
                        "date",
                        date(line.reviewStarted(), zone, dated),
                        "cues",
                        line.minimisers().stream().distinct().collect(Collectors.joining("”, “"))))
                .toList();
        return items.isEmpty() ? Optional.empty() : Optional.of(section("summary.givenBack", items));
    }

    private String section(String titleKey, List<String> items) {
        return messages.require(titleKey) + items.stream().map(i -> "\n• " + i).collect(Collectors.joining());
    }

    private static String date(Instant at, ZoneId zone, boolean dated) {
        return dated ? " (" + DAY.format(at.atZone(zone)) + ")" : "";
    }
}
