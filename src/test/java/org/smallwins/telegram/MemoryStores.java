package org.smallwins.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.smallwins.review.Inbox;
import org.smallwins.review.InboxItem;
import org.smallwins.review.Outbox;
import org.smallwins.review.Outgoing;
import org.smallwins.review.Reply;

/** The adapter's stores in memory, each able to fail on demand as a database that is down would. */
final class MemoryStores {
    private MemoryStores() {}

    /** Thrown by a store that is {@code failing}. */
    static final class StorageDown extends RuntimeException {
        StorageDown() {
            super("storage is down (test)");
        }
    }

    static class MemoryOutbox implements Outbox {
        final AtomicBoolean failing = new AtomicBoolean();
        private final List<Outgoing> rows = new ArrayList<>();
        private long nextId = 1;

        private void check() {
            if (failing.get()) {
                throw new StorageDown();
            }
        }

        @Override
        public synchronized void add(String personKey, List<Reply> replies, boolean urgent, Instant at) {
            check();
            for (Reply reply : replies) {
                rows.add(new Outgoing(nextId++, personKey, reply, urgent, at));
            }
        }

        @Override
        public synchronized List<Outgoing> pending(String transportPrefix, int limit) {
            check();
            return rows.stream()
                    .filter(o -> o.personKey().startsWith(transportPrefix))
                    .sorted(Comparator.comparing((Outgoing o) -> !o.urgent()).thenComparingLong(Outgoing::id))
                    .limit(limit)
                    .toList();
        }

        @Override
        public synchronized List<Outgoing> pendingFor(String personKey) {
            check();
            return rows.stream().filter(o -> o.personKey().equals(personKey)).toList();
        }

        @Override
        public synchronized void sent(long id) {
            check();
            rows.removeIf(o -> o.id() == id);
        }

        synchronized List<Outgoing> all() {
            return List.copyOf(rows);
        }
    }

    static final class MemoryInbox implements Inbox {
        final AtomicBoolean failing = new AtomicBoolean();
        private final Map<String, InboxItem> items = new LinkedHashMap<>();

        private void check() {
            if (failing.get()) {
                throw new StorageDown();
            }
        }

        @Override
        public synchronized boolean add(InboxItem item) {
            check();
            return items.putIfAbsent(item.deliveryKey(), item) == null;
        }

        @Override
        public synchronized List<InboxItem> all() {
            check();
            return List.copyOf(items.values());
        }

        @Override
        public synchronized void remove(String deliveryKey) {
            check();
            items.remove(deliveryKey);
        }
    }

    static final class MemoryKeyboards implements KeyboardStore {
        private final Map<String, Live> live = new HashMap<>();

        @Override
        public synchronized Optional<Live> find(String personKey) {
            return Optional.ofNullable(live.get(personKey));
        }

        @Override
        public synchronized void save(String personKey, Live keyboard) {
            live.put(personKey, keyboard);
        }

        @Override
        public synchronized boolean retire(String personKey, long number) {
            Live current = live.get(personKey);
            if (current == null || current.number() != number) {
                return false;
            }
            live.remove(personKey);
            return true;
        }

        @Override
        public synchronized long highestNumber() {
            return live.values().stream().mapToLong(Live::number).max().orElse(0);
        }
    }
}
