package org.smallwins.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bot} command line: {@code chat}, {@code run}, {@code analyze}, {@code train}, the database's
 * upkeep and {@code bench}.
 */
@Command(
        name = "bot",
        mixinStandardHelpOptions = true,
        version = "Small Wins 0.1",
        description = "Small Wins: a weekly small-wins review between therapy sessions.",
        subcommands = {
            ChatCommand.class,
            RunCommand.class,
            AnalyzeCommand.class,
            TrainCommand.class,
            EncryptDbCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            BenchCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Problems a person can fix (a locked database, a wrong key) get one clear line, not a trace.
            cmd.getErr().println("bot: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
