package org.smallwins.bench;

/** One way of handling a message that a benchmark times; what it returns is kept so no work is skipped. */
@FunctionalInterface
public interface MessageWork {
    Object run(String message, int number);
}
