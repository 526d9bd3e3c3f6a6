package org.smallwins.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;

/** An {@link Outbox} in memory, for fast tests of the core; the H2 outbox is tested on real H2. */
public final class InMemoryOutbox implements Outbox {
    private final List<Outgoing> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized void add(String personKey, List<Reply> replies, boolean urgent, Instant at) {
        for (Reply reply : replies) {
            rows.add(new Outgoing(nextId++, personKey, reply, urgent, at));
        }
    }

    @Override
    public synchronized List<Outgoing> pending(String transportPrefix, int limit) {
        return rows.stream()
                .filter(o -> o.personKey().startsWith(transportPrefix))
                .sorted(Comparator.comparing((Outgoing o) -> !o.urgent()).thenComparingLong(Outgoing::id))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Outgoing> pendingFor(String personKey) {
        return rows.stream().filter(o -> o.personKey().equals(personKey)).toList();
    }

    @Override
    public synchronized void sent(long id) {
        rows.removeIf(o -> o.id() == id);
    }
}
