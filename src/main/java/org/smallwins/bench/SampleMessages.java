package org.smallwins.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Varied messages of realistic lengths for the benchmarks: one to six sentences drawn from the lines of
 * {@code nlp-models/corpus/*.tsv} and {@code nlp-models/eval/*.tsv} with a fixed seed, so every run and
 * every fork reads the same messages. Most weekly answers are a sentence or two; a few are long. About
 * one sentence in twenty-five comes from a line labelled URGENT or CONCERN, so some messages carry risk,
 * as some real ones will.
 */
public final class SampleMessages {
    /** How many messages have 1, 2, ... 6 sentences, out of 100. */
    private static final int[] SENTENCE_WEIGHTS = {30, 25, 18, 12, 8, 7};

    private static final double RISKY_SENTENCE = 0.04;

    /** A longer line is a whole post, not a sentence: left out so that lengths stay those of chat answers. */
    private static final int MAX_LINE_CHARS = 400;

    /** Labels of lines with risk: the risk corpora's levels, and C-SSRS severity 1 and above. */
    private static final Pattern RISKY_LABEL = Pattern.compile("URGENT|CONCERN|CSSRS_[1-9]");
    /** Labels of ordinary lines: no risk, or a baseline; a line labelled otherwise is left out. */
    private static final Pattern ORDINARY_LABEL = Pattern.compile("NONE|CSSRS_0|IDEAL_FUTURE|HISTORICAL|FAIR_CURRENT");

    private final List<String> ordinary;
    private final List<String> risky;

    SampleMessages(List<String> ordinary, List<String> risky) {
        if (ordinary.isEmpty() || risky.isEmpty()) {
            throw new IllegalArgumentException("the corpora hold no ordinary or no risky lines");
        }
        this.ordinary = List.copyOf(ordinary);
        this.risky = List.copyOf(risky);
    }

    /** The sentences of every {@code *.tsv} under {@code nlp-models/corpus} and {@code nlp-models/eval}. */
    public static SampleMessages from(Path nlpModels) {
        List<String> ordinary = new ArrayList<>();
        List<String> risky = new ArrayList<>();
        for (String folder : List.of("corpus", "eval")) {
            for (Path file : tsvFiles(nlpModels.resolve(folder))) {
                for (String line : lines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t");
                    String text = columns[columns.length - 1].strip();
                    if (!text.isEmpty() && text.length() <= MAX_LINE_CHARS) {
                        if (RISKY_LABEL.matcher(columns[0]).matches()) {
                            risky.add(text);
                        } else if (ORDINARY_LABEL.matcher(columns[0]).matches()) {
                            ordinary.add(text);
                        }
                    }
                }
            }
        }
        return new SampleMessages(ordinary, risky);
    }

    /** {@code count} messages, the same for the same seed. */
    public List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(message(random, sentenceCount(random)));
        }
        return messages;
    }

    /** One answer of one to three sentences, as people give to a review question. */
    public String answer(Random random) {
        return message(random, 1 + random.nextInt(3));
    }

    private String message(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            List<String> pool = random.nextDouble() < RISKY_SENTENCE ? risky : ordinary;
            String sentence = pool.get(random.nextInt(pool.size()));
            if (s > 0) {
                // Chat messages break sentences with a space, now and then with a new line.
                text.append(random.nextInt(6) == 0 ? "\n" : " ");
            }
            text.append(sentence);
            if (!sentence.matches(".*[.!?…)]$")) {
                text.append('.');
            }
        }
        return text.toString();
    }

    private static int sentenceCount(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < SENTENCE_WEIGHTS.length; i++) {
            roll -= SENTENCE_WEIGHTS[i];
            if (roll < 0) {
                return i + 1;
            }
        }
        return SENTENCE_WEIGHTS.length;
    }

    private static List<Path> tsvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder + " (run ./bot bench from the project folder)", e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
