package org.smallwins.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smallwins.bench.BenchRun;
import org.smallwins.bench.Forks;
import org.smallwins.bench.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        description = "Benchmarks: speed and memory against their goals; the last line is `bench: key=value ...`.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A run under a minute: one fork of each part and fewer passes.")
    boolean quick;

    @Option(names = "--people", description = "People reviewing at once in the engine run (default 1,000).")
    Integer people;

    @Option(names = "--rate", description = "Messages a second arriving in the paced engine run (default 300).")
    Double rate;

    @Option(
            names = "--jvm-arg",
            description = "A JVM option for every fork, e.g. -XX:StartFlightRecording:filename=bench.jfr (repeatable).")
    List<String> jvmArgs = new ArrayList<>();

    /** Set on the JVMs the benchmark starts: which part this one runs. */
    @Option(names = "--fork", hidden = true)
    String fork;

    /** The start-up fork's database. */
    @Option(names = "--db", hidden = true)
    String db;

    @Override
    public Integer call() {
        Plan plan = quick ? Plan.brief() : Plan.full();
        plan = plan.withEngine(people == null ? plan.people() : people, rate == null ? plan.rate() : rate);
        if (fork != null) {
            System.out.println(Forks.PREFIX + Forks.format(BenchFork.run(fork, plan, db)));
            return 0;
        }
        new BenchRun(plan, Forks.ofThisJvm(Main.class.getName(), "bench", jvmArgs), System.out, System.err).run();
        return 0;
    }
}
