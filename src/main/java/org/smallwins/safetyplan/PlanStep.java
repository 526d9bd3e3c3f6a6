package org.smallwins.safetyplan;

import java.util.Optional;

/**
 * The seven steps of a safety plan, in the order they are written (Stanley–Brown; the UK "Staying
 * Safe" plan has the same ones). Their titles and questions are in {@code config/messages.properties}
 * under {@code plan.<key>.title} and {@code plan.<key>.ask}.
 */
public enum PlanStep {
    /** Thoughts, feelings, situations or behaviour that tell a hard time may be starting. */
    WARNING_SIGNS("warningSigns", true, false),
    /** What the person can do on their own to get through a hard moment. */
    COPING("coping", true, false),
    /** People and places that take their mind off things. */
    DISTRACTION("distraction", false, false),
    /** People they can ask for help, with their numbers. */
    PEOPLE("people", false, true),
    /** Their GP, their therapist and other services (the UK crisis lines are always added to these). */
    PROFESSIONALS("professionals", false, true),
    /** Making where they are safer (means out of reach, a safer place to go). */
    SAFER_PLACE("saferPlace", true, false),
    /** What keeps them going. */
    REASONS("reasons", false, false);

    private final String key;
    private final boolean riskWordsBelong;
    private final boolean holdsNumbers;

    PlanStep(String key, boolean riskWordsBelong, boolean holdsNumbers) {
        this.key = key;
        this.riskWordsBelong = riskWordsBelong;
        this.holdsNumbers = holdsNumbers;
    }

    /** The messages key stem: {@code plan.<key>.title}, {@code plan.<key>.ask}. */
    public String key() {
        return key;
    }

    /** The step's place in the plan, from 1. */
    public int number() {
        return ordinal() + 1;
    }

    /**
     * True where words about suicide or self-harm are what the step asks for (a warning sign, the urge a
     * coping step answers, the means made safer); elsewhere (reasons for living, say) they are a cry for help.
     */
    boolean riskWordsBelong() {
        return riskWordsBelong;
    }

    /** True for steps that list people to call, which are asked once for a number when given none. */
    boolean holdsNumbers() {
        return holdsNumbers;
    }

    /** The step after this one in the guided conversation; empty after the last. */
    Optional<PlanStep> next() {
        PlanStep[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /** The step with this number, from a button ({@code /safetyplan step 3}). */
    static Optional<PlanStep> numbered(String number) {
        try {
            int n = Integer.parseInt(number.strip());
            return n >= 1 && n <= values().length ? Optional.of(values()[n - 1]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
