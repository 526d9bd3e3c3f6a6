package org.smallwins.storage;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A database failure that says what could not be done, and nothing of the data involved.
 *
 * <p>A driver's message quotes the rejected value and the statement's parameters: a person's own words.
 * So the message here is our description plus the SQL state and error code, and the cause is replaced by
 * a {@link Redacted} copy that keeps each exception's class and stack frames but none of its messages.
 * Whatever logs this exception, with or without its stack trace, cannot print what a person wrote.
 */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with no underlying exception; {@code description} must not hold personal data. */
    public StorageException(String description) {
        super(description);
    }

    /**
     * @param description what was being done, e.g. "Could not save an answer"; must not hold personal data
     * @param cause the driver's exception: only its class, codes and stack frames are kept
     */
    public StorageException(String description, Throwable cause) {
        super(description + codes(cause), Redacted.of(cause));
    }

    /** " (SQL state 22001, error 22001)" for a database error; empty otherwise. */
    static String codes(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return " (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "";
    }

    /** An exception's class name and stack frames without its message, with its causes redacted alike. */
    static final class Redacted extends Exception {
        private static final long serialVersionUID = 1L;

        private Redacted(Throwable original) {
            super(original.getClass().getName()
                    + (original instanceof SQLException sql
                            ? " (SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ")"
                            : "")
                    + ": message withheld, as it may quote personal data");
            setStackTrace(original.getStackTrace());
        }

        static Redacted of(Throwable original) {
            return original == null ? null : of(original, new IdentityHashMap<>());
        }

        private static Redacted of(Throwable original, Map<Throwable, Redacted> seen) {
            Redacted copy = new Redacted(original);
            seen.put(original, copy);
            Throwable next = original.getCause();
            if (next != null && !seen.containsKey(next)) {
                copy.initCause(of(next, seen));
            }
            return copy;
        }
    }
}
