package org.smallwins.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How much each part of the benchmark does: the full run, for figures worth quoting, or the quick one
 * (under a minute on two cores), to see the order of things while working.
 *
 * @param analysisForks fresh JVMs timing the analysis, each over all the messages
 * @param messages how many sample messages (at least 2,000 for quoted figures)
 * @param warmUpMessages messages analysed (each way) before timing starts
 * @param passes timed passes
 * @param engineForks fresh JVMs running the engine
 * @param warmUpPeople people whose reviews warm the engine up first
 * @param people people reviewing at once, for throughput
 * @param pacedPeople people whose messages arrive at {@code rate}, for the delay a person sees
 * @param rate messages a second for the paced run
 * @param workers the core's worker threads (the Telegram adapter runs 8)
 * @param duePeople stored people with check-ins for the due query
 * @param dueRepeats times the due query is run
 * @param startups fresh starts timed (the first on a new database)
 */
public record Plan(
        boolean quick,
        int analysisForks,
        int messages,
        int warmUpMessages,
        int passes,
        int engineForks,
        int warmUpPeople,
        int people,
        int pacedPeople,
        double rate,
        int workers,
        int duePeople,
        int dueRepeats,
        int startups) {
    public static final long SEED = 20_261_120L;

    public Plan {
        if (analysisForks < 1 || engineForks < 1 || messages < 1 || passes < 1 || people < 1 || startups < 1) {
            throw new IllegalArgumentException("every part needs at least one of each: " + people);
        }
    }

    public static Plan full() {
        return new Plan(false, 3, 2_000, 4_000, 2, 2, 200, 1_000, 1_000, 300, 8, 100_000, 20, 5);
    }

    public static Plan brief() {
        return new Plan(true, 1, 2_000, 500, 1, 1, 50, 500, 300, 300, 8, 100_000, 10, 2);
    }

    /** This plan with another number of people and rate for the engine. */
    public Plan withEngine(int people, double rate) {
        return new Plan(
                quick,
                analysisForks,
                messages,
                warmUpMessages,
                passes,
                engineForks,
                warmUpPeople,
                people,
                Math.min(pacedPeople, people),
                rate,
                workers,
                duePeople,
                dueRepeats,
                startups);
    }

    /** The options that give a fork this plan. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        if (quick) {
            arguments.add("--quick");
        }
        arguments.add("--people=" + people);
        arguments.add("--rate=" + rate);
        return arguments;
    }
}
