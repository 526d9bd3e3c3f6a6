package org.smallwins.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Outbox;
import org.smallwins.review.Reply;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.Turn;
import org.smallwins.review.UnitOfWork;

/**
 * /delete: asks first (a button, or "yes" typed in the terminal), then erases every row about the person
 * and rewrites the database file so their words are gone from its bytes. The erasure runs once the
 * event's transaction has committed, since rewriting the file needs the whole database for a moment;
 * the confirmation is queued after it, so it is not erased with the rest.
 */
public final class DeleteCommand implements ChatCommand {
    private static final Logger log = LoggerFactory.getLogger(DeleteCommand.class);
    private static final Set<String> YES = Set.of("yes", "y", "yes please", "delete", "yes, delete everything");

    private final PersonData data;
    private final ReviewStore store;
    private final Outbox outbox;
    private final UnitOfWork transactions;
    private final Messages messages;

    public DeleteCommand(
            PersonData data, ReviewStore store, Outbox outbox, UnitOfWork transactions, Messages messages) {
        this.data = data;
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "delete";
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.delete.help");
    }

    @Override
    public List<Reply> run(Turn turn) {
        return switch (turn.arguments().strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> erase(turn.person().externalKey(), turn.at());
            case "no" -> List.of(Reply.of(messages.require("delete.kept")));
            default -> ask(turn);
        };
    }

    /** The terminal's typed answer to the question. */
    @Override
    public List<Reply> answer(Turn turn) {
        String said = turn.arguments().strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return YES.contains(said)
                ? erase(turn.person().externalKey(), turn.at())
                : List.of(Reply.of(messages.require("delete.kept")));
    }

    private List<Reply> ask(Turn turn) {
        store.setAwaiting(turn.person().id(), Optional.of(name()));
        return List.of(Reply.of(
                messages.require("delete.confirm"),
                new Choice(messages.require("choice.deleteYes"), "/delete yes"),
                new Choice(messages.require("choice.deleteNo"), "/delete no")));
    }

    private List<Reply> erase(String personKey, Instant at) {
        transactions.afterCommit(() -> {
            String key;
            try {
                PersonData.Erasure erasure = data.erase(personKey);
                log.info(
                        "A person's data was erased: {} rows, file {} -> {} bytes in {} ms",
                        erasure.rows(),
                        erasure.fileBytesBefore(),
                        erasure.fileBytesAfter(),
                        erasure.took().toMillis());
                key = "delete.done";
            } catch (RuntimeException e) {
                log.error("Erasing a person's data failed: {}", e.getClass().getName());
                key = "delete.failed";
            }
            outbox.add(personKey, List.of(Reply.of(messages.require(key))), false, at);
        });
        return List.of();
    }
}
