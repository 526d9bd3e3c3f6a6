package org.smallwins.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The semantic layer's classifier: multinomial logistic regression from a sentence embedding to the
 * probabilities of NONE, CONCERN and URGENT. Small and plain on purpose: 3 × 385 numbers in a text file
 * ({@value #RESOURCE}) that a reviewer can diff, made by {@link HeadTrainer} and loaded from the jar.
 */
final class RiskHead {
    static final String RESOURCE = "nlp-models/risk-head.txt";
    static final int CLASSES = 3;

    private final double[] mean;
    private final double[] scale;
    private final double[][] weights;
    private final String corpusDigest;

    RiskHead(double[] mean, double[] scale, double[][] weights, String corpusDigest) {
        if (mean.length != scale.length || weights.length != CLASSES) {
            throw new IllegalArgumentException("a risk head needs " + CLASSES + " rows of matching width");
        }
        for (double[] row : weights) {
            if (row.length != mean.length + 1) {
                throw new IllegalArgumentException(
                        "a weight row has " + row.length + " numbers, not " + (mean.length + 1));
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = weights.clone();
        this.corpusDigest = corpusDigest;
    }

    /** The head packed in the jar, when it is there. */
    static Optional<RiskHead> findShipped() {
        try (InputStream in = RiskHead.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** P(NONE), P(CONCERN), P(URGENT) for one embedding. */
    double[] probabilities(float[] embedding) {
        double[] z = new double[mean.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (embedding[i] - mean[i]) / scale[i];
        }
        return softmax(logits(weights, z));
    }

    static double[] logits(double[][] weights, double[] z) {
        double[] logits = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            double sum = weights[c][z.length];
            for (int i = 0; i < z.length; i++) {
                sum += weights[c][i] * z[i];
            }
            logits[c] = sum;
        }
        return logits;
    }

    static double[] softmax(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] p = new double[logits.length];
        double total = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            total += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= total;
        }
        return p;
    }

    /** The SHA-256 of the training inputs this head was made from (see {@link HeadTrainer#digest}). */
    String corpusDigest() {
        return corpusDigest;
    }

    double[][] weights() {
        return weights.clone();
    }

    String write(String header) {
        StringBuilder out = new StringBuilder(header);
        out.append("digest ").append(corpusDigest).append('\n');
        out.append("mean").append(numbers(mean)).append('\n');
        out.append("scale").append(numbers(scale)).append('\n');
        for (int c = 0; c < CLASSES; c++) {
            out.append("weights.")
                    .append(RiskLevel.values()[c])
                    .append(numbers(weights[c]))
                    .append('\n');
        }
        return out.toString();
    }

    private static String numbers(double[] values) {
        StringBuilder out = new StringBuilder();
        for (double value : values) {
            out.append(' ').append(String.format(Locale.ROOT, "%.9g", value));
        }
        return out.toString();
    }

    static RiskHead read(InputStream in) throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.indexOf(' ');
                lines.put(line.substring(0, space), line.substring(space + 1).strip());
            }
        }
        double[][] weights = new double[CLASSES][];
        for (int c = 0; c < CLASSES; c++) {
            weights[c] = parse(lines, "weights." + RiskLevel.values()[c]);
        }
        return new RiskHead(parse(lines, "mean"), parse(lines, "scale"), weights, lines.getOrDefault("digest", ""));
    }

    private static double[] parse(Map<String, String> lines, String key) {
        String value = lines.get(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no '" + key + "' line: run ./bot train");
        }
        List<Double> numbers = new ArrayList<>();
        for (String part : value.split("\\s+")) {
            numbers.add(Double.parseDouble(part));
        }
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
