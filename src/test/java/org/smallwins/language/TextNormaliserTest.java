package org.smallwins.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The clean-up every part agrees on: plain text passes as it is, odd characters are made plain. */
class TextNormaliserTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I didn\u2019t go|I didn't go",
                "I didn`t go|I didn't go",
                "I didn\u02bct go|I didn't go",
                "\u201cfine\u201d, I said|\"fine\", I said",
                "a\rb|a b",
                "a\u0007b|a b",
                "a\u007fb|a b",
                "soft\u00adhyphen|soft hyphen",
                "zero\u200bwidth|zero width",
                "caf\u00e9 \u2018ok\u2019|caf\u00e9 'ok'"
            })
    void makesOddCharactersPlain(String written, String cleaned) {
        assertThat(TextNormaliser.clean(written)).isEqualTo(cleaned);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I went for a walk.", "line one\nline two\tand a tab", "caf\u00e9 \ud83d\ude42", ""})
    void leavesTextWithNothingToCleanAsItIs(String text) {
        assertThat(TextNormaliser.clean(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"The Old Me|the old me", "DON\u2019T|don't"})
    void foldsToLowerCaseAfterCleaning(String text, String folded) {
        assertThat(TextNormaliser.fold(text)).isEqualTo(folded);
    }
}
