package org.smallwins.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smallwins.safetyplan.Asking;
import org.smallwins.safetyplan.PlanStep;
import org.smallwins.safetyplan.SafetyPlan;
import org.smallwins.safetyplan.SafetyPlanStore;

/** A {@link SafetyPlanStore} in memory, for fast tests of the plan; the H2 store is tested on real H2. */
public final class InMemorySafetyPlanStore implements SafetyPlanStore {
    private final Map<Long, Map<PlanStep, SafetyPlan.Entry>> steps = new HashMap<>();
    private final Map<Long, Asking> asking = new HashMap<>();
    private final Set<Long> offered = new HashSet<>();
    private boolean failingReads;

    /** From now on, reading a plan (or where it is) fails as a broken disk would. */
    public synchronized void failReads() {
        failingReads = true;
    }

    @Override
    public synchronized SafetyPlan find(long personId) {
        if (failingReads) {
            throw new IllegalStateException("the plan cannot be read");
        }
        return new SafetyPlan(
                personId, new ArrayList<>(steps.getOrDefault(personId, Map.of()).values()));
    }

    @Override
    public synchronized void save(long personId, PlanStep step, String text, Instant at) {
        steps.computeIfAbsent(personId, p -> new EnumMap<>(PlanStep.class))
                .put(step, new SafetyPlan.Entry(step, text, at));
    }

    @Override
    public synchronized void clear(long personId, PlanStep step) {
        steps.getOrDefault(personId, new EnumMap<>(PlanStep.class)).remove(step);
    }

    @Override
    public synchronized void clearAll(long personId) {
        steps.remove(personId);
        asking.remove(personId);
    }

    @Override
    public synchronized Optional<Asking> asking(long personId) {
        if (failingReads) {
            throw new IllegalStateException("the plan cannot be read");
        }
        return Optional.ofNullable(asking.get(personId));
    }

    @Override
    public synchronized void setAsking(long personId, Optional<Asking> next, Instant at) {
        next.ifPresentOrElse(a -> asking.put(personId, a), () -> asking.remove(personId));
    }

    @Override
    public synchronized boolean claimCrisisOffer(long personId, Instant at) {
        return offered.add(personId);
    }

    public synchronized List<PlanStep> written(long personId) {
        return List.copyOf(steps.getOrDefault(personId, Map.of()).keySet());
    }
}
