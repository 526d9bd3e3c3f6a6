package org.smallwins.language;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The signs {@link StanceCues} found in an answer ({@code §harsh}, {@code §worry}, {@code §subject_self}…),
 * and what they say about the categorizer's guess: which kind they point to when they point away from a
 * win, and whether they bear out a kind the categorizer chose.
 */
record StanceSigns(List<String> names) {
    StanceSigns {
        names = List.copyOf(names);
    }

    boolean has(String sign) {
        return names.contains(sign);
    }

    /** A harsh verdict, a failure, a regret or an "I can't": a judgement that needs no measuring stick. */
    boolean judgesHarshly() {
        return Stream.of("§harsh", "§failure", "§regret", "§cannot").anyMatch(this::has);
    }

    /**
     * The kind the signs point to when they point away from a win, strongest first: "nothing", a comparison
     * with others, blame, worry, then a verdict on oneself. Empty when no sign speaks against a win.
     */
    Optional<Stance> notAWin() {
        if (has("§nothing") && !has("§did")) {
            return Optional.of(Stance.NOTHING);
        }
        if (has("§compare") || has("§contrast")) {
            return Optional.of(Stance.COMPARISON);
        }
        if (has("§other_should") || has("§other_blame")) {
            return Optional.of(Stance.OTHERS);
        }
        if (has("§worry")) {
            return Optional.of(Stance.WORRY);
        }
        if (has("§harsh") || has("§regret") || has("§failure") || has("§cannot") && !has("§recent")) {
            return Optional.of(Stance.SELF_CRITICISM);
        }
        return Optional.empty();
    }

    /**
     * Whether the signs bear out the categorizer's guess: a comparison, blame, worry or "nothing" is only
     * taken from the model when a sign of it is there. A verdict on oneself needs none, since "I used to
     * cope with anything" judges without a harsh word.
     */
    boolean supports(Stance stance) {
        boolean harsh = has("§harsh") || has("§failure") || has("§worse");
        boolean judged =
                harsh || Stream.of("§cannot", "§regret", "§demand", "§stick").anyMatch(this::has);
        return switch (stance) {
            case COMPARISON -> has("§compare") || has("§their_and_mine") || has("§contrast");
            case OTHERS -> has("§other_should") || has("§other_blame") || has("§other_to_me") || has("§subject_person");
            case WORRY -> has("§worry");
            case NOTHING -> has("§nothing");
            case SELF_CRITICISM ->
                harsh
                        || !has("§fair")
                                && !(has("§shrunk") && has("§did"))
                                && (judged || !has("§did"))
                                && (has("§subject_self") || has("§subject_none"));
            case WIN -> true;
        };
    }
}
