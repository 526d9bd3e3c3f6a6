package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The launcher's own behaviour: help, and a clear refusal of unknown commands. */
class BotScriptIT {
    private static String[] run(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "./bot";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return new String[] {String.valueOf(process.exitValue()), out};
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        String[] result = run("--help");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1])
                .contains("chat")
                .contains("run")
                .contains("analyze")
                .contains("train")
                .contains("test");
    }

    @Test
    void anUnknownCommandIsNamedAndExitsNonZero() throws Exception {
        String[] result = run("fly");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("unknown command 'fly'").contains("Usage");
    }
}
