package org.smallwins.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Every fork's figures by name: a figure's median across forks, and its spread. */
public final class Figures {
    private final Map<String, List<Double>> numbers = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** Adds what a fork reported: numbers are collected per name, anything else kept as a label. */
    public void add(Map<String, String> values) {
        values.forEach((key, value) -> {
            try {
                put(key, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                labels.put(key, value);
            }
        });
    }

    public void put(String key, double value) {
        numbers.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public void label(String key, String value) {
        labels.put(key, value);
    }

    public Optional<String> label(String key) {
        return Optional.ofNullable(labels.get(key));
    }

    /** The median across forks (the mean of the middle two for an even count). */
    public OptionalDouble median(String key) {
        List<Double> sorted = sorted(key);
        if (sorted.isEmpty()) {
            return OptionalDouble.empty();
        }
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    public OptionalDouble min(String key) {
        List<Double> sorted = sorted(key);
        return sorted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sorted.get(0));
    }

    public OptionalDouble max(String key) {
        List<Double> sorted = sorted(key);
        return sorted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(sorted.get(sorted.size() - 1));
    }

    public int count(String key) {
        return numbers.getOrDefault(key, List.of()).size();
    }

    private List<Double> sorted(String key) {
        return numbers.getOrDefault(key, List.of()).stream().sorted().toList();
    }
}
