package org.smallwins.storage;

/** A database failure, with a message that says what could not be done. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
