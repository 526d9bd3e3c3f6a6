package org.smallwins.progress;

import java.util.OptionalInt;

/** A whole number typed after a command ("/history 2"), read without exceptions. */
final class Numbers {
    private Numbers() {}

    /** The number in {@code typed} when it is one whole number from {@code min} to {@code max}; else empty. */
    static OptionalInt between(String typed, int min, int max) {
        String digits = typed.strip();
        if (!digits.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(digits);
        return number >= min && number <= max ? OptionalInt.of(number) : OptionalInt.empty();
    }
}
