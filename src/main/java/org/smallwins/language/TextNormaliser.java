package org.smallwins.language;

import java.util.Locale;
import java.util.regex.Pattern;

/** The few text clean-ups every part of the bot agrees on before it looks at a person's words. */
public final class TextNormaliser {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d]]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02bc\\u0060\\u00b4\\u2032]");
    private static final Pattern QUOTES = Pattern.compile("[\\u201c\\u201d\\u201e\\u00ab\\u00bb]");

    private TextNormaliser() {}

    /** Removes control characters and makes every apostrophe and quote mark the plain ASCII one. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text; // most text, and nearly every single word: no regex work at all
        }
        String noControls = CONTROL.matcher(text).replaceAll(" ");
        String apostrophes = APOSTROPHES.matcher(noControls).replaceAll("'");
        return QUOTES.matcher(apostrophes).replaceAll("\"");
    }

    /** True when {@link #clean} would change nothing: no control or format character, no curly quote. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7f) {
                return false; // a control character, or anything beyond ASCII: let the patterns decide
            }
            if (c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Lower-cases with {@link Locale#ROOT} after {@link #clean}, so matching never depends on the machine. */
    public static String fold(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** True when the text has at least one letter or digit (so it is not only emoji or punctuation). */
    public static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
