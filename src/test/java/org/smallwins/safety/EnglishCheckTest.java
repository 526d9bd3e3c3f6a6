package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EnglishCheckTest {
    private static final EnglishCheck CHECK = EnglishCheck.load();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/safety/languages.csv", delimiter = '|', numLinesToSkip = 1)
    void saysNotEnglishOnlyWhenItIsSure(boolean clearlyNotEnglish, String text) {
        assertThat(CHECK.isClearlyNotEnglish(text)).isEqualTo(clearlyNotEnglish);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.NullAndEmptySource
    @org.junit.jupiter.params.provider.ValueSource(strings = {" ", "\u0000\u0007", "!!!???", "🙂🙂🙂 👍"})
    void emptyOrOddTextIsNeverCalledForeign(String text) {
        assertThat(CHECK.isClearlyNotEnglish(text)).isFalse();
    }
}
