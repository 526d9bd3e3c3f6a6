package org.smallwins.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

@Command(name = "analyze", description = "stdin: one message a line; stdout: one JSON object a line.")
final class AnalyzeCommand extends Subcommand {
    @Override
    public Integer call() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(terminal.out(), false, StandardCharsets.UTF_8);
        analyze(terminal.models().get(), in, out);
        return 0;
    }

    /** One JSON object on {@code out} for each line of {@code in}, in order. */
    static void analyze(Core core, BufferedReader in, PrintStream out) throws IOException {
        LineAnalysis analysis = new LineAnalysis(core);
        ObjectMapper json = new ObjectMapper();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            ObjectNode result = analysis.analyze(line, number++);
            out.println(json.writeValueAsString(result));
        }
        out.flush();
    }
}
