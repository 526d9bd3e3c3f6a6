package org.smallwins.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.review.Attachment;

class SavedFilesTest {
    @TempDir
    Path folder;

    @Test
    void savesAFileOnlyItsOwnerCanReadInAFolderOnlyTheOwnerCanOpen() throws Exception {
        Path files = folder.resolve("files");
        Path saved = new SavedFiles(files)
                .save(new Attachment(Attachment.Kind.DOCUMENT, "export.md", "# My weeks".getBytes()));

        assertThat(saved).hasContent("# My weeks").hasParent(files.toAbsolutePath());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files)))
                .isEqualTo("rwx------");
    }
}
