package org.smallwins.checkin;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smallwins.review.ReviewStore;

/** The {@link CheckInStore} in memory, with the same claim semantics; the H2 one is tested in storage. */
final class InMemoryCheckInStore implements CheckInStore {
    private final ReviewStore people;
    private final Map<Long, CheckInPlan> plans = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();

    InMemoryCheckInStore(ReviewStore people) {
        this.people = people;
    }

    /** Tells the store a person's key (the H2 store joins the people table for it). */
    synchronized void know(org.smallwins.review.Person person) {
        keys.put(person.id(), person.externalKey());
    }

    @Override
    public synchronized Optional<CheckInPlan> find(long personId) {
        return Optional.ofNullable(plans.get(personId));
    }

    @Override
    public synchronized void save(CheckInPlan plan) {
        plans.put(plan.personId(), plan);
    }

    @Override
    public synchronized List<DueCheckIn> due(Instant now, int limit) {
        return plans.values().stream()
                .filter(p -> p.nextDue().isPresent() && !p.nextDue().get().isAfter(now))
                .sorted(Comparator.comparing((CheckInPlan p) -> p.nextDue().get())
                        .thenComparing(CheckInPlan::personId))
                .limit(limit)
                .map(this::due)
                .toList();
    }

    @Override
    public synchronized List<DueCheckIn> dueAfter(DueCheckIn last, Instant now, int limit) {
        return due(now, Integer.MAX_VALUE).stream()
                .filter(d ->
                        d.due().isAfter(last.due()) || (d.due().equals(last.due()) && d.personId() > last.personId()))
                .limit(limit)
                .toList();
    }

    private DueCheckIn due(CheckInPlan plan) {
        return new DueCheckIn(
                plan.personId(),
                keys.get(plan.personId()),
                plan.nextDue().get(),
                plan.schedule().get());
    }

    @Override
    public synchronized boolean claim(long personId, Instant seenDue, Instant next) {
        CheckInPlan plan = plans.get(personId);
        if (plan == null || !plan.nextDue().equals(Optional.of(seenDue))) {
            return false;
        }
        plans.put(personId, plan.dueAt(next));
        return true;
    }

    @Override
    public synchronized void answered(long personId) {
        CheckInPlan plan = plans.get(personId);
        if (plan != null && plan.unanswered() > 0) {
            plans.put(
                    personId,
                    new CheckInPlan(
                            personId,
                            plan.day(),
                            plan.time(),
                            plan.zone(),
                            plan.state(),
                            plan.nextDue(),
                            0,
                            plan.offered()));
        }
    }

    @Override
    public synchronized void blocked(String personKey) {
        people.findPerson(personKey)
                .map(person -> plans.get(person.id()))
                .ifPresent(plan -> plans.put(plan.personId(), plan.off(CheckInState.BLOCKED)));
    }
}
