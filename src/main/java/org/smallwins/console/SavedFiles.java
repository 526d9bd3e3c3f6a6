package org.smallwins.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.smallwins.review.Attachment;

/**
 * Where the terminal puts the files a reply carries (a chart, an export): a folder only the person's
 * account can read, since an export holds everything they wrote. A file of the same name is replaced.
 */
final class SavedFiles {
    private final Path folder;

    SavedFiles(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** Writes the attachment and returns its path. */
    Path save(Attachment attachment) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
        }
        Path file = folder.resolve(attachment.fileName());
        Files.write(file, attachment.bytes());
        restrict(file, "rw-------");
        return file;
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder inherits the user's profile permissions.
        }
    }
}
