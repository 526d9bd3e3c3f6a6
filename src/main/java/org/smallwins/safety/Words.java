package org.smallwins.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smallwins.language.TextNormaliser;

/**
 * Turns OpenNLP tokens into the plain lower-case words the lexicon is written in: contractions spelled
 * out with or without their apostrophe ("dont", "don't" → "do not"). Punctuation becomes the marker
 * {@value #BREAK}, and one more ends the sentence, so that "cutting myself, off to bed" is not read as
 * "cutting myself off" and a negated term can see the end of a sentence.
 */
final class Words {
    private static final Map<String, List<String>> WHOLE = Map.ofEntries(
            Map.entry("dont", List.of("do", "not")),
            Map.entry("doesnt", List.of("does", "not")),
            Map.entry("didnt", List.of("did", "not")),
            Map.entry("cant", List.of("can", "not")),
            Map.entry("cannot", List.of("can", "not")),
            Map.entry("wont", List.of("will", "not")),
            Map.entry("wouldnt", List.of("would", "not")),
            Map.entry("shouldnt", List.of("should", "not")),
            Map.entry("couldnt", List.of("could", "not")),
            Map.entry("isnt", List.of("is", "not")),
            Map.entry("arent", List.of("are", "not")),
            Map.entry("wasnt", List.of("was", "not")),
            Map.entry("werent", List.of("were", "not")),
            Map.entry("havent", List.of("have", "not")),
            Map.entry("hasnt", List.of("has", "not")),
            Map.entry("aint", List.of("am", "not")),
            Map.entry("im", List.of("i", "am")),
            Map.entry("ive", List.of("i", "have")),
            Map.entry("youre", List.of("you", "are")),
            Map.entry("theyre", List.of("they", "are")),
            Map.entry("thats", List.of("that", "is")),
            Map.entry("theres", List.of("there", "is")),
            Map.entry("whats", List.of("what", "is")),
            Map.entry("hes", List.of("he", "is")),
            Map.entry("shes", List.of("she", "is")),
            Map.entry("its", List.of("it", "is")),
            Map.entry("gonna", List.of("going", "to")),
            Map.entry("wanna", List.of("want", "to")),
            Map.entry("u", List.of("you")),
            Map.entry("ur", List.of("your")));

    private static final Map<String, String> SUFFIXES =
            Map.of("n't", "not", "'m", "am", "'re", "are", "'ve", "have", "'ll", "will", "'d", "would", "'s", "is");

    static final String BREAK = "_";

    private Words() {}

    static List<String> of(List<String> tokens) {
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            for (String piece : splitOnApostrophes(TextNormaliser.fold(token))) {
                String word = piece.replaceAll("[^\\p{L}\\p{N}']", "");
                if (word.isEmpty() || word.equals("'")) {
                    // Hyphens and quote marks join words ("self-harm"); other punctuation ends a clause.
                    if (!piece.matches("[\\p{Pd}\"'\\s]*") && !BREAK.equals(last(words))) {
                        words.add(BREAK);
                    }
                    continue;
                }
                words.addAll(WHOLE.getOrDefault(word.replace("'", ""), List.of(word)));
            }
        }
        if (!BREAK.equals(last(words))) {
            words.add(BREAK);
        }
        return words;
    }

    private static String last(List<String> words) {
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** "don't" → "do", "n't"; "i'm" → "i", "'m"; the suffix then becomes a word of its own. */
    private static List<String> splitOnApostrophes(String token) {
        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
            String s = suffix.getKey();
            if (token.length() > s.length() && token.endsWith(s)) {
                String head = token.substring(0, token.length() - s.length());
                if (s.equals("n't")) {
                    head = switch (head) {
                        case "ca" -> "can";
                        case "wo" -> "will";
                        case "sha" -> "shall";
                        default -> head;
                    };
                }
                return List.of(head, suffix.getValue());
            }
        }
        if (SUFFIXES.containsKey(token)) {
            return List.of(SUFFIXES.get(token));
        }
        return List.of(token);
    }
}
