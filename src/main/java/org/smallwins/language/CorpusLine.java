package org.smallwins.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One labelled line of {@code nlp-models/corpus/analysis.tsv}:
 * {@code BASELINE <tab> minimisers <tab> demands <tab> text}, cue lists comma-separated or {@code -}.
 */
public record CorpusLine(Baseline baseline, List<String> minimising, List<String> demands, String text) {
    public CorpusLine {
        minimising = List.copyOf(minimising);
        demands = List.copyOf(demands);
    }

    public static List<CorpusLine> read(Path file) throws IOException {
        List<CorpusLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] fields = raw.split("\t");
            if (fields.length != 4) {
                throw new IllegalArgumentException(
                        file + ":" + number + " needs 4 tab-separated fields, has " + fields.length);
            }
            lines.add(new CorpusLine(
                    Baseline.valueOf(fields[0].strip()), cues(fields[1]), cues(fields[2]), fields[3].strip()));
        }
        return lines;
    }

    private static List<String> cues(String field) {
        String trimmed = field.strip();
        return trimmed.equals("-")
                ? List.of()
                : Arrays.stream(trimmed.split(",")).map(String::strip).toList();
    }

    /** The held-out split: every fifth line, so both halves see every kind of sentence. */
    public static boolean heldOut(int index) {
        return index % 5 == 4;
    }
}
