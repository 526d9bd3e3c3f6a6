package org.smallwins.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smallwins.language.Baseline;
import org.smallwins.reframe.Messages;

/**
 * Patterns over weeks, in words: how often the commonest cue words came up in the first and the latest
 * week with a review, and which measuring stick was used most and how that changed. Counts only, never
 * a judgement of them: "'should' came up 5 times three weeks ago and twice this week".
 */
final class Patterns {
    /** At most this many cue words are described; the chart shows the rest. */
    static final int CUES_SHOWN = 4;

    private final Messages messages;

    Patterns(Messages messages) {
        this.messages = messages;
    }

    /**
     * The lines for the weeks whose {@code weeksAgo} are in {@code reviewed} (weeks without a review are
     * not mentioned: no week is held against anyone). Empty with fewer than two such weeks.
     */
    List<String> lines(SortedSet<Integer> reviewed, List<CueCount> cues, List<StickCount> sticks) {
        if (reviewed.size() < 2) {
            return List.of();
        }
        int first = reviewed.last(); // the most weeks ago
        int latest = reviewed.first();
        List<String> lines = new ArrayList<>(cueLines(first, latest, cues));
        if (lines.isEmpty()) {
            lines.add(messages.require("summary.pattern.noCues"));
        }
        lines.addAll(stickLines(sticks));
        return lines;
    }

    private List<String> cueLines(int first, int latest, List<CueCount> cues) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        cues.forEach(c -> totals.merge(c.cue(), c.count(), Integer::sum));
        return totals.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CUES_SHOWN)
                .map(e -> messages.format(
                        "summary.pattern.cue",
                        "cue",
                        e.getKey(),
                        "first",
                        times(count(cues, e.getKey(), first)),
                        "firstWhen",
                        when(first),
                        "latest",
                        times(count(cues, e.getKey(), latest)),
                        "latestWhen",
                        when(latest),
                        "total",
                        times(e.getValue())))
                .toList();
    }

    private List<String> stickLines(List<StickCount> sticks) {
        if (sticks.isEmpty()) {
            return List.of();
        }
        Map<Baseline, Integer> totals = new EnumMap<>(Baseline.class);
        sticks.forEach(s -> totals.merge(s.stick(), s.count(), Integer::sum));
        List<Baseline> most = most(totals);
        List<String> lines = new ArrayList<>();
        lines.add(messages.format(
                most.size() == 1 ? "summary.pattern.stick" : "summary.pattern.sticksEven",
                "stick",
                names(most),
                "count",
                String.valueOf(totals.get(most.get(0)))));
        SortedSet<Integer> weeks =
                sticks.stream().map(StickCount::weeksAgo).collect(Collectors.toCollection(TreeSet::new));
        if (weeks.size() >= 2) {
            List<Baseline> earlier = most(inWeek(sticks, weeks.last()));
            List<Baseline> later = most(inWeek(sticks, weeks.first()));
            String key = earlier.equals(later) ? "summary.pattern.stickSame" : "summary.pattern.stickChange";
            lines.add(capitalise(messages.format(
                    key,
                    "firstWhen",
                    when(weeks.last()),
                    "first",
                    names(earlier),
                    "latestWhen",
                    when(weeks.first()),
                    "latest",
                    names(later))));
        }
        return lines;
    }

    /** The sticks with the highest count (more than one when they are level), in the enum's order. */
    private static List<Baseline> most(Map<Baseline, Integer> totals) {
        int top = totals.values().stream().max(Comparator.naturalOrder()).orElse(0);
        return totals.entrySet().stream()
                .filter(e -> e.getValue() == top)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<Baseline, Integer> inWeek(List<StickCount> sticks, int weeksAgo) {
        Map<Baseline, Integer> counts = new EnumMap<>(Baseline.class);
        sticks.stream().filter(s -> s.weeksAgo() == weeksAgo).forEach(s -> counts.put(s.stick(), s.count()));
        return counts;
    }

    private static int count(List<CueCount> cues, String cue, int weeksAgo) {
        return cues.stream()
                .filter(c -> c.cue().equals(cue) && c.weeksAgo() == weeksAgo)
                .mapToInt(CueCount::count)
                .sum();
    }

    /** "the future self you hope to become", or two or three of them joined: "a, b and c". */
    private String names(List<Baseline> sticks) {
        List<String> names = sticks.stream()
                .map(s -> messages.require("summary.stick." + s.name().toLowerCase(Locale.ROOT)))
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return messages.format(
                "summary.and",
                "first",
                String.join(", ", names.subList(0, names.size() - 1)),
                "second",
                names.get(names.size() - 1));
    }

    /** "this week", "last week", "three weeks ago". */
    String when(int weeksAgo) {
        return messages.require("summary.when." + weeksAgo);
    }

    /** "not at all", "once", "twice", "5 times". */
    String times(int count) {
        return messages.find("summary.times." + count)
                .orElseGet(() -> messages.format("summary.times.many", "count", String.valueOf(count)));
    }

    private static String capitalise(String text) {
        return Wins.capitalise(text);
    }
}
