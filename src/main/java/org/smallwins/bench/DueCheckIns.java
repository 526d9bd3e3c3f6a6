package org.smallwins.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the due check-in benchmark needs of a check-in store: people with their next check-in stored, and
 * the due query paged as the sweeper pages. {@link StoredCheckIns} is our store on H2; a store on another
 * database (PostgreSQL, DESIGN.md) would be measured by the same benchmark through this.
 */
public interface DueCheckIns extends AutoCloseable {
    /** What is measured, one word for the report ({@code checkin-store}). */
    String label();

    /** Stores one person per entry, with their next check-in (empty: check-ins off). */
    void fill(List<Optional<Instant>> nextCheckIns);

    /**
     * Up to {@code limit} check-ins due at {@code now}, earliest first, then by person, after {@code after}
     * (empty: from the start), as the check-in sweeper pages through them.
     */
    List<Due> page(Instant now, Optional<Due> after, int limit);

    @Override
    void close();

    /** One due check-in: the position a next page starts after, and the person it is for. */
    record Due(long personId, String personKey, Instant due) {}
}
