package org.smallwins.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smallwins.checkin.CheckInPlan;
import org.smallwins.checkin.CheckInState;
import org.smallwins.checkin.DueCheckIn;
import org.smallwins.review.Person;
import org.smallwins.storage.Database;
import org.smallwins.storage.H2CheckInStore;
import org.smallwins.storage.H2ReviewStore;

/**
 * The check-in store's own due query ({@link H2CheckInStore#due} and {@link H2CheckInStore#dueAfter}, paged
 * as the sweeper pages), over people and plans saved through the stores, in a throwaway H2 file with all
 * our migrations and durable commits, as the bot's own.
 */
public final class StoredCheckIns implements DueCheckIns {
    /** How the report names this source. */
    public static final String LABEL = "checkin-store";

    private static final int PER_TRANSACTION = 1_000;

    private final Path folder;
    private final Database database;
    private final H2ReviewStore people;
    private final H2CheckInStore checkIns;
    /** The last page's check-ins by person: the store pages on from one of them. */
    private Map<Long, DueCheckIn> lastPage = Map.of();

    private StoredCheckIns(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
        this.people = new H2ReviewStore(database);
        this.checkIns = new H2CheckInStore(database);
    }

    /** A new, empty throwaway database. */
    public static StoredCheckIns create() {
        Path folder = TempFolders.create("smallwins-bench-due");
        return new StoredCheckIns(folder, Database.open(folder.resolve("due"), Optional.empty()));
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public void fill(List<Optional<Instant>> nextCheckIns) {
        Instant now = Instant.now();
        for (int from = 0; from < nextCheckIns.size(); from += PER_TRANSACTION) {
            int start = from;
            int end = Math.min(from + PER_TRANSACTION, nextCheckIns.size());
            database.transactions().inTransaction(() -> {
                for (int i = start; i < end; i++) {
                    Person person = people.person("bench:due:" + (i + 1), now);
                    checkIns.save(nextCheckIns
                            .get(i)
                            .map(due -> weeklyAt(person.id(), due))
                            .orElseGet(() -> CheckInPlan.fresh(person.id())));
                }
                return null;
            });
        }
    }

    /** Check-ins on, weekly at the day and time (in the default zone) of {@code due}, the next one then. */
    private static CheckInPlan weeklyAt(long personId, Instant due) {
        ZonedDateTime local = due.atZone(CheckInPlan.DEFAULT_ZONE);
        return new CheckInPlan(
                personId,
                Optional.of(local.getDayOfWeek()),
                Optional.of(local.toLocalTime()),
                CheckInPlan.DEFAULT_ZONE,
                CheckInState.ON,
                Optional.of(due),
                0,
                true);
    }

    @Override
    public List<Due> page(Instant now, Optional<Due> after, int limit) {
        List<DueCheckIn> found =
                after.isEmpty() ? checkIns.due(now, limit) : checkIns.dueAfter(fromLastPage(after.get()), now, limit);
        Map<Long, DueCheckIn> byPerson = new HashMap<>();
        found.forEach(due -> byPerson.put(due.personId(), due));
        lastPage = byPerson;
        return found.stream()
                .map(due -> new Due(due.personId(), due.personKey(), due.due()))
                .toList();
    }

    private DueCheckIn fromLastPage(Due due) {
        DueCheckIn found = lastPage.get(due.personId());
        if (found == null) {
            throw new IllegalArgumentException("page on from a check-in of the last page only");
        }
        return found;
    }

    @Override
    public void close() {
        database.close();
        TempFolders.delete(folder);
    }
}
