package org.smallwins.safetyplan;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's safety plan as stored: the steps they have written, in their own words, in plan order.
 * This is what {@code /export} includes and what a crisis reply draws on; steps skipped are absent.
 *
 * @param personId whose plan it is
 * @param entries the written steps, one at most a step, sorted by step
 */
public record SafetyPlan(long personId, List<Entry> entries) {
    /** One written step. */
    public record Entry(PlanStep step, String text, Instant updatedAt) {
        public Entry {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(updatedAt, "updatedAt");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a written step has text: " + step);
            }
        }
    }

    public SafetyPlan {
        entries = entries.stream().sorted(Comparator.comparing(Entry::step)).toList();
        Set<PlanStep> seen = EnumSet.noneOf(PlanStep.class);
        for (Entry entry : entries) {
            if (!seen.add(entry.step())) {
                throw new IllegalArgumentException("a plan holds each step once: " + entry.step());
            }
        }
    }

    /** A person with no plan. */
    public static SafetyPlan none(long personId) {
        return new SafetyPlan(personId, List.of());
    }

    /** The person's words for {@code step}, if they wrote any. */
    public Optional<String> text(PlanStep step) {
        return entries.stream().filter(e -> e.step() == step).map(Entry::text).findFirst();
    }

    /** True when no step is written: there is no plan to show or offer in a crisis. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
