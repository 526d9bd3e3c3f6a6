package org.smallwins.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled line of {@code nlp-models/corpus/stances.tsv}: the kind of answer, then the same columns as
 * {@link CorpusLine} ({@code STANCE <tab> BASELINE <tab> minimisers <tab> demands <tab> text}).
 */
public record StanceLine(Stance stance, CorpusLine labels) {
    public static List<StanceLine> read(Path file) throws IOException {
        List<StanceLine> lines = new ArrayList<>();
        int number = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] fields = raw.split("\t", 2);
            if (fields.length != 2 || raw.split("\t").length != 5) {
                throw new IllegalArgumentException(file + ":" + number + " needs 5 tab-separated fields");
            }
            lines.add(new StanceLine(
                    Stance.valueOf(fields[0].strip()), CorpusLine.parse(fields[1], file + ":" + number)));
        }
        return lines;
    }

    public String text() {
        return labels.text();
    }
}
