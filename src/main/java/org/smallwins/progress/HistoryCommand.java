package org.smallwins.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongFunction;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Answer;
import org.smallwins.review.AnswerKind;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;
import org.smallwins.review.Turn;

/**
 * {@code /history [page]}: past weeks' answers exactly as the person wrote them, with what they said had
 * shifted, newest first, a few reviews a page, with buttons to older and newer pages.
 */
final class HistoryCommand implements ChatCommand {
    /** Reviews a page: five answers each stays well within a message a phone shows comfortably. */
    static final int PAGE_SIZE = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ProgressStore store;
    private final Messages messages;
    private final LongFunction<ZoneId> zones;

    HistoryCommand(ProgressStore store, Messages messages, LongFunction<ZoneId> zones) {
        this.store = store;
        this.messages = messages;
        this.zones = zones;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.history.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        long personId = turn.person().id();
        int size = store.historySize(personId);
        if (size == 0) {
            return List.of(Reply.of(
                    messages.require("history.empty"), new Choice(messages.require("choice.startReview"), "/review")));
        }
        int pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
        OptionalInt page = turn.arguments().isBlank() ? OptionalInt.of(1) : Numbers.between(turn.arguments(), 1, pages);
        if (page.isEmpty()) {
            return List.of(Reply.of(
                    messages.format("history.noSuchPage", "pages", String.valueOf(pages)),
                    new Choice(messages.require("history.choice.newest"), "/history")));
        }
        int p = page.getAsInt();
        List<Review> reviews = store.history(personId, (p - 1) * PAGE_SIZE, PAGE_SIZE);
        return List.of(new Reply(text(reviews, p, pages, zones.apply(personId)), choices(p, pages)));
    }

    private String text(List<Review> reviews, int page, int pages, ZoneId zone) {
        StringBuilder text = new StringBuilder(
                messages.format("history.title", "page", String.valueOf(page), "pages", String.valueOf(pages)));
        for (Review review : reviews) {
            text.append("\n\n").append(DAY.format(review.startedAt().atZone(zone)));
            for (Answer answer : review.answers()) {
                if (answer.kind() == AnswerKind.ANSWERED) {
                    text.append("\n• ").append(answer.text().strip());
                }
                answer.followUp().shifted().ifPresent(words -> text.append("\n   ")
                        .append(messages.format("history.shifted", "words", words.strip())));
            }
        }
        return text.toString();
    }

    private List<Choice> choices(int page, int pages) {
        List<Choice> choices = new ArrayList<>();
        if (page < pages) {
            choices.add(new Choice(messages.require("history.choice.older"), "/history " + (page + 1)));
        }
        if (page > 1) {
            choices.add(new Choice(messages.require("history.choice.newer"), "/history " + (page - 1)));
        }
        return choices;
    }
}
