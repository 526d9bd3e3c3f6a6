package org.smallwins.review;

import java.util.List;
import java.util.Optional;

/**
 * One chat command, in one place: its name, its line in /help and the Telegram menu, and what it does.
 * Handlers run inside the core, after the risk check, one event of a person at a time and in one
 * transaction with the replies they return.
 */
public interface ChatCommand {
    /** The name after the slash, lower case: {@code "schedule"}. */
    String name();

    /**
     * The messages key of its one-line description for /help and the Telegram menu; empty for commands
     * that only buttons send.
     */
    Optional<String> helpKey();

    /** Runs the command. */
    List<Reply> run(Turn turn);

    /**
     * The next message of a person this command asked a question of (see
     * {@link ReviewStore#setAwaiting}): the text arrives as {@link Turn#arguments()}.
     */
    default List<Reply> answer(Turn turn) {
        throw new UnsupportedOperationException("/" + name() + " asks no questions");
    }

    /** True for commands that begin something (a review, a plan) and so wait while a person is in crisis. */
    default boolean waitsOutACrisis() {
        return false;
    }
}
