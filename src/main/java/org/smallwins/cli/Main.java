package org.smallwins.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        System.exit(execute(Terminal.system(), args));
    }

    /** Runs one command line with {@code terminal}'s environment and streams: its exit code. */
    static int execute(Terminal terminal, String... args) {
        CommandLine commandLine = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof Subcommand command) {
                    command.terminal = terminal;
                }
                return made;
            }
        });
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true));
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
