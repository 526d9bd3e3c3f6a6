package org.smallwins.review;

import java.time.Instant;
import java.util.List;

/**
 * Replies on their way to people (implemented in {@code storage}). The core adds them in the same
 * transaction as the state they report; a transport's sender delivers them and removes each once it
 * is sent, so a crash between the two sends it again rather than never.
 */
public interface Outbox {
    /** Queues {@code replies} for {@code personKey}, in order; joins the current transaction if one is open. */
    void add(String personKey, List<Reply> replies, boolean urgent, Instant at);

    /**
     * Up to {@code limit} unsent replies whose person key starts with {@code transportPrefix}
     * ({@code "telegram:"}): urgent ones first, then oldest first; each person's in order.
     */
    List<Outgoing> pending(String transportPrefix, int limit);

    /** The person's unsent replies, in order. */
    List<Outgoing> pendingFor(String personKey);

    /** Removes a delivered reply (a sent reply is not kept: the person has it). */
    void sent(long id);
}
