package org.smallwins.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's failures to open a file into one line that says what a person can do about it. */
final class OpenFailures {
    private OpenFailures() {}

    static StorageException explain(SQLException e, Path path) {
        String where = "Cannot open the database at " + path + ": ";
        return switch (e.getErrorCode()) {
            case ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                new StorageException(where + "the key (SMALLWINS_DB_KEY) does not match the file");
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                new StorageException(
                        "The database at " + path + " is in use by another Small Wins process (only one at a time)");
            case ErrorCode.FILE_CORRUPTED_1 ->
                new StorageException(where + "the file is damaged or is not a Small Wins database; restore a backup");
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.UNSUPPORTED_SETTING_1 ->
                new StorageException(where + "the file was written by an incompatible version of H2");
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
                new StorageException(
                        where + "the file cannot be read or written (check that it is a file and that you may use it)",
                        e);
            default -> new StorageException(where + "H2 refused it", e);
        };
    }
}
