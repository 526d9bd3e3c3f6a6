package org.smallwins.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Fourteen weeks of one person's reviews, written to be counted by hand. Week k (0 to 13) has its review
 * on Sunday at 18:00 London time; the last is Sunday 29 November 2026, and week 6 has none.
 * Demands ("should") per week: 4 4 4 3 3 3 - 2 2 1 | 5 3 1 2 (the last four: three weeks ago to this week).
 * Minimisers: "just" in even weeks, "only" in odd ones. From week 10 the third answer is fair-current,
 * and in week 13 the second one too, so the stick used most moves from the ideal future to the recent self.
 */
final class FourteenWeeks {
    static final String PERSON = "test:fourteen";
    static final LocalDate LAST_SUNDAY = LocalDate.of(2026, 11, 29);
    static final int WEEKS = 14;
    static final int MISSING = 6;

    static final String THREE_SHOULDS =
            "I should have rung my sister, I should have gone out, and I should have cooked";
    static final String TWO_SHOULDS = "I should have rung my sister and I should have gone out";
    static final String ONE_SHOULD = "I should be more confident by now";
    static final String CALM = "I calmed down after the argument within an hour";
    static final String FAIR = "I sat through the whole team meeting this week";
    static final String FAIR_TOO = "Compared with a month ago I can get up before nine";

    private FourteenWeeks() {}

    static Instant sunday(int week) {
        return ZonedDateTime.of(LAST_SUNDAY.minusWeeks(WEEKS - 1 - week), LocalTime.of(18, 0), ProgressWorld.LONDON)
                .toInstant();
    }

    /** Shifts named by week; week 12's follow-up is answered "I don't know", which is not kept as a shift. */
    static String shift(int week) {
        return "Week " + week + ": I opened the post on the day it came";
    }

    static List<String> answers(int week) {
        List<String> answers = new ArrayList<>();
        answers.add(week % 2 == 0 ? "I just tidied the kitchen" : "I only answered one email");
        answers.add(
                switch (week) {
                    case 1 -> "I used to be so much braver than this";
                    case 4 -> "nothing";
                    case 5 -> "I told my therapist about the panic attacks";
                    case 13 -> FAIR_TOO;
                    default -> "I went to the supermarket on my own";
                });
        answers.add(week >= 10 ? FAIR : "I noticed that I get anxious before meetings");
        String[] demands =
                switch (week) {
                    case 0, 1, 2 -> new String[] {THREE_SHOULDS, ONE_SHOULD};
                    case 3, 4, 5 -> new String[] {TWO_SHOULDS, ONE_SHOULD};
                    case 7 -> new String[] {TWO_SHOULDS, CALM};
                    case 8 -> new String[] {TWO_SHOULDS, "/skip"};
                    case 9, 12 -> new String[] {ONE_SHOULD, CALM};
                    case 10 -> new String[] {THREE_SHOULDS, TWO_SHOULDS};
                    case 11 -> new String[] {TWO_SHOULDS, ONE_SHOULD};
                    case 13 -> new String[] {TWO_SHOULDS, CALM};
                    default -> throw new IllegalArgumentException("no review in week " + week);
                };
        answers.addAll(List.of(demands));
        return answers;
    }

    /** The first follow-up of weeks 10, 11 and 13 is answered; week 12's gets "I don't know"; the rest move on. */
    static List<String> followUps(int week) {
        List<String> followUps = new ArrayList<>();
        if (week >= 10) {
            followUps.add(week == 12 ? "I don't know" : shift(week));
        }
        return followUps;
    }

    static void write(ProgressWorld world) {
        for (int week = 0; week < WEEKS; week++) {
            if (week != MISSING) {
                world.review(PERSON, sunday(week), answers(week), followUps(week));
            }
        }
    }
}
