package org.smallwins.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * What the bot logs while a test runs something in-process: the lines a log file would hold, with the
 * exceptions' names. Either from the test's own thread only, at WARN and above as the terminal commands
 * log (other test classes may run at the same time), or from every thread at INFO and above as
 * {@code ./bot run} logs, for a bot running in this JVM.
 */
public final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = root();

    private LogCapture(String threadName, Level lowest) {
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                boolean thread = threadName == null || event.getThreadName().equals(threadName);
                return thread && event.getLevel().isGreaterOrEqual(lowest) ? FilterReply.NEUTRAL : FilterReply.DENY;
            }
        });
        appender.start();
        root.addAppender(appender);
    }

    /**
     * Logback's root logger. While SLF4J is still starting (test classes starting side by side), it hands out
     * stand-ins for a moment: wait for the real one.
     */
    private static Logger root() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            org.slf4j.Logger logger = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            if (logger instanceof Logger logback) {
                return logback;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SLF4J did not bind to Logback: " + logger.getClass());
            }
            Thread.onSpinWait();
        }
    }

    /** Starts capturing what this thread logs. */
    public static LogCapture ofThisThread() {
        return new LogCapture(Thread.currentThread().getName(), Level.WARN);
    }

    /** Starts capturing what every thread logs at INFO and above (with what other test classes log meanwhile). */
    public static LogCapture ofEveryThread() {
        return new LogCapture(null, Level.INFO);
    }

    /** The lines so far, one an entry. */
    public java.util.List<String> lines() {
        return events().stream().map(LogCapture::line).toList();
    }

    /** Every line logged so far, each with its level, and the class and message of any exception. */
    public String text() {
        return events().stream().map(LogCapture::line).collect(Collectors.joining("\n"));
    }

    private java.util.List<ILoggingEvent> events() {
        synchronized (appender) { // the lock under which AppenderBase appends
            return java.util.List.copyOf(appender.list);
        }
    }

    private static String line(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return line.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
