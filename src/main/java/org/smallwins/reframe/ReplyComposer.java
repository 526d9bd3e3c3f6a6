package org.smallwins.reframe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smallwins.language.Analysis;
import org.smallwins.language.Baseline;
import org.smallwins.language.Stance;
import org.smallwins.language.TextAnalyzer;

/**
 * Composes the reply to each answer from its analysis, against the fair-current baseline. What kind of
 * answer it is comes first ({@link Stance}): only a win is given back in the person's own words, minimisers
 * taken out; an ideal-future or historical stick is named and the fair one offered; self-criticism, worry,
 * blame and comparison with others each get a reply of their own that never repeats the answer. Each case
 * has at least five phrasings; the caller passes a variant number that differs for each question of a
 * review (question plus a per-review offset), so no phrasing repeats in a review.
 */
public final class ReplyComposer {
    private final Messages messages;
    private final TextAnalyzer analyzer;

    public ReplyComposer(Messages messages, TextAnalyzer analyzer) {
        this.messages = messages;
        this.analyzer = analyzer;
    }

    /** The reply to an answer; {@code variant} picks the phrasing (any int, taken modulo the choices). */
    public String reframe(Analysis analysis, int variant) {
        return switch (analysis.stance()) {
            case WIN -> win(analysis, variant);
            case SELF_CRITICISM -> selfCriticism(analysis, variant);
            case WORRY -> pick("reframe.worry", variant, "");
            case OTHERS -> pick("reframe.others", variant, "");
            case COMPARISON -> pick("reframe.comparison", variant, "");
            case NOTHING -> nothing(variant);
        };
    }

    /**
     * A verdict on oneself is never handed back. When it names its measuring stick (a should, or the person
     * they used to be) that stick is named and the fair one offered; otherwise the reply names how hard the
     * person is on themselves, asks the friend question and asks gently about the week.
     */
    private String selfCriticism(Analysis analysis, int variant) {
        if (analysis.hasDemand()) {
            return pick("reframe.idealFuture", variant, "");
        }
        if (analysis.baseline() == Baseline.HISTORICAL) {
            return pick("reframe.historical", variant, "");
        }
        return pick("reframe.selfCriticism", variant, "");
    }

    private String win(Analysis analysis, int variant) {
        List<String> parts = new ArrayList<>();
        String action = OwnWords.secondPerson(analysis);
        boolean hasSubject = startsWithYou(action);
        if (analysis.isMinimising()) {
            String kind = action.isEmpty()
                    ? "reframe.minimisingGeneral"
                    : hasSubject ? "reframe.minimising" : "reframe.minimisingFragment";
            parts.add(pick(kind, variant, action));
        }
        Baseline stick = analysis.baseline();
        if (analysis.hasDemand() || stick == Baseline.IDEAL_FUTURE) {
            parts.add(pick("reframe.idealFuture", variant, action));
        } else if (stick == Baseline.HISTORICAL) {
            parts.add(pick("reframe.historical", variant, action));
        } else if (stick == Baseline.FAIR_CURRENT && parts.isEmpty()) {
            parts.add(pick(hasSubject ? "reframe.fairCurrent" : "reframe.fairCurrentFragment", variant, action));
        } else if (parts.isEmpty()) {
            parts.add(pick(hasSubject ? "reframe.plain" : "reframe.plainFragment", variant, action));
        }
        return String.join("\n\n", parts);
    }

    /** The reply to "nothing" or "I don't know": an example of a small win and the friend question. */
    public String nothing(int variant) {
        return pick("nothing", variant, "") + "\n\n" + messages.require("nothing.friend");
    }

    /** The reply to a question put back to the bot instead of an answer. */
    public String questionBack(int variant) {
        return pick("reframe.questionBack", variant, "");
    }

    /** The end-of-review summary: the wins in the person's words, minimisers removed, grouped by kind. */
    public String summary(List<Win> wins) {
        if (wins.isEmpty()) {
            return messages.require("summary.empty");
        }
        Map<WinKind, List<String>> grouped = new EnumMap<>(WinKind.class);
        for (Win win : wins) {
            Analysis analysis = analyzer.analyze(win.text());
            // Self-criticism, worry or blame answered a question, but it is not a win to list.
            String words = analysis.isWin() ? OwnWords.winSentences(analysis) : "";
            if (!words.isEmpty()) {
                grouped.computeIfAbsent(WinKind.of(win), k -> new ArrayList<>()).add(capitalise(words));
            }
        }
        if (grouped.isEmpty()) {
            return messages.require("summary.empty");
        }
        StringBuilder text = new StringBuilder(messages.require("summary.title"));
        grouped.forEach((kind, lines) -> {
            text.append("\n\n").append(messages.require(kind.messageKey()));
            lines.forEach(line -> text.append("\n• ").append(line));
        });
        text.append("\n\n").append(pick("summary.closing", wins.size() - 1, ""));
        return text.toString();
    }

    private String pick(String prefix, int variant, String action) {
        List<String> variants = messages.variants(prefix);
        String template = variants.get(Math.floorMod(variant, variants.size()));
        return capitalise(template.replace("{action}", action));
    }

    private static boolean startsWithYou(String action) {
        String lower = action.toLowerCase(Locale.ROOT);
        return lower.startsWith("you ") || lower.startsWith("you'");
    }

    private static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
