package org.smallwins.reframe;

import java.util.List;
import java.util.Locale;

/** The five kinds of small win the brief names, used to group the summary. Keywords are lower case. */
public enum WinKind {
    THERAPY("therapy", "therapist", "session", "counsellor", "counselor", "appointment with", "gp", "doctor"),
    RELATIONAL(
            "friend",
            "mum",
            "dad",
            "mother",
            "father",
            "partner",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "sister",
            "brother",
            "colleague",
            "boss",
            "kids",
            "children",
            "son",
            "daughter",
            "said no",
            "asked for",
            "told",
            "apologised",
            "apologized",
            "boundary",
            "texted",
            "called",
            "rang",
            "messaged",
            "replied"),
    EMOTIONAL(
            "felt",
            "feeling",
            "feelings",
            "cried",
            "angry",
            "anger",
            "sad",
            "anxious",
            "anxiety",
            "panic",
            "calm",
            "upset",
            "recovered",
            "bounced back",
            "settled",
            "breathe",
            "breathing",
            "low",
            "mood",
            "let myself"),
    COGNITIVE(
            "noticed",
            "realised",
            "realized",
            "understood",
            "understand",
            "thought",
            "thoughts",
            "spotted",
            "questioned",
            "pattern",
            "learned",
            "learnt",
            "recognised",
            "recognized",
            "see that",
            "saw that"),
    BEHAVIOURAL();

    private final List<String> keywords;

    WinKind(String... keywords) {
        this.keywords = List.of(keywords);
    }

    /** The first kind whose keywords appear; questions 3 and 4 lean cognitive and emotional when none do. */
    public static WinKind of(Win win) {
        String text = " " + win.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ") + " ";
        for (WinKind kind : values()) {
            for (String keyword : kind.keywords) {
                if (text.contains(" " + keyword + " ")) {
                    return kind;
                }
            }
        }
        return switch (win.question()) {
            case 3 -> COGNITIVE;
            case 4 -> EMOTIONAL;
            default -> BEHAVIOURAL;
        };
    }

    public String messageKey() {
        return "summary.kind." + name().toLowerCase(Locale.ROOT);
    }
}
