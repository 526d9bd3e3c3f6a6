package org.smallwins.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cue and baseline labels of one line of {@code nlp-models/corpus/analysis.tsv}:
 * {@code [STANCE <tab>] BASELINE <tab> minimisers <tab> demands <tab> text}, cue lists comma-separated or
 * {@code -}. The stance column, when present, is read by {@link StanceLine}.
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
            lines.add(parse(raw, file + ":" + number));
        }
        return lines;
    }

    /**
     * The four tab-separated fields of one line, after a leading stance column when there is one (see
     * {@link StanceLine}); {@code where} names the line in the error.
     */
    static CorpusLine parse(String raw, String where) {
        String[] fields = raw.split("\t");
        if (fields.length == 5) {
            fields = Arrays.copyOfRange(fields, 1, 5);
        }
        if (fields.length != 4) {
            throw new IllegalArgumentException(where + " needs 4 tab-separated fields, has " + fields.length);
        }
        return new CorpusLine(Baseline.valueOf(fields[0].strip()), cues(fields[1]), cues(fields[2]), fields[3].strip());
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

    /** The held-out lines of {@code lines} (every fifth), or the others when {@code heldOut} is false. */
    public static <T> List<T> split(List<T> lines, boolean heldOut) {
        List<T> part = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (heldOut(i) == heldOut) {
                part.add(lines.get(i));
            }
        }
        return part;
    }
}
