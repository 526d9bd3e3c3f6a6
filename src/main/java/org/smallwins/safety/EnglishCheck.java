package org.smallwins.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.smallwins.language.TextNormaliser;

/**
 * Tells a message that is clearly not English, whose risk the English check cannot judge, so the bot can
 * say it reads English only and give the crisis resources. It says "not English" only when it is sure:
 * short messages, "ok", emoji, numbers and English with a foreign word in it stay English. OpenNLP's
 * language detector (103 languages) decides, a plain count of English function words vetoes it, and
 * text mostly in another script than the Latin one is not English.
 */
public final class EnglishCheck {
    private static final String MODEL = "langdetect-183.bin";
    /** Fewer letters than this is too little to tell a language by. */
    static final int MIN_LETTERS = 20;
    /**
     * The detector's confidence in its first language must reach this (spread over 103 languages, a guess
     * on a word or two is about 0.01; a clear sentence of French about 0.09) and {@link #MARGIN} times
     * its confidence in English.
     */
    static final double MIN_CONFIDENCE = 0.04;

    static final double MARGIN = 2;
    /** Text mostly in another script (Cyrillic, Arabic, Chinese…) with at least this many letters is not English. */
    static final int MIN_OTHER_SCRIPT_LETTERS = 8;
    /** A message whose words are this share or more English function words is English, whatever else it holds. */
    static final double ENGLISH_SHARE = 0.15;

    private static final Pattern NOT_WORDS = Pattern.compile("https?://\\S+|[^\\p{L}\\s']");
    /** Words common in English and rare elsewhere ("a", "i", "in", "to", "me" are words of other languages too). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i'm", "im", "my", "you", "your", "he", "she", "it", "it's", "we", "they", "them", "the", "and", "but",
            "of", "with", "for", "is", "are", "was", "were", "been", "have", "has", "had", "did", "don't", "not",
            "this", "that", "what", "just", "can", "can't", "will", "would", "from", "about", "feel", "want", "today",
            "week", "really", "very", "because", "when", "there", "all", "myself", "after", "again");

    private final LanguageDetectorModel model;

    private EnglishCheck(LanguageDetectorModel model) {
        this.model = model;
    }

    /** Loads the language model from the class path; fails fast when its jar is missing. */
    public static EnglishCheck load() {
        try (InputStream in = EnglishCheck.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the class path");
            }
            return new EnglishCheck(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + MODEL, e);
        }
    }

    /** True only when {@code text} is long enough to tell and is confidently in a language other than English. */
    public boolean isClearlyNotEnglish(String text) {
        String words =
                NOT_WORDS.matcher(TextNormaliser.fold(text)).replaceAll(" ").strip();
        long letters = words.codePoints().filter(Character::isLetter).count();
        long latin = words.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        if (letters - latin >= MIN_OTHER_SCRIPT_LETTERS && latin < letters - latin) {
            return true;
        }
        if (letters < MIN_LETTERS || englishShare(words) >= ENGLISH_SHARE) {
            return false;
        }
        // A detector per call: LanguageDetectorME is not documented as thread-safe, and it is cheap to make.
        Language[] languages = new LanguageDetectorME(model).predictLanguages(words);
        Language best = languages[0];
        if (best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) {
            return false;
        }
        return best.getConfidence() >= MARGIN * confidenceOf(languages, "eng");
    }

    private static double englishShare(String words) {
        String[] all = words.split("\\s+");
        long english = 0;
        for (String word : all) {
            english += FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return (double) english / all.length;
    }

    private static double confidenceOf(Language[] languages, String code) {
        for (Language language : languages) {
            if (language.getLang().equals(code)) {
                return language.getConfidence();
            }
        }
        return 0;
    }
}
