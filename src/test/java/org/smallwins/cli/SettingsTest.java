package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static Settings settings(Map<String, String> environment, String dbPathInFile) {
        Properties file = new Properties();
        if (dbPathInFile != null) {
            file.setProperty("db.path", dbPathInFile);
        }
        return new Settings(file, environment, Path.of("/project"));
    }

    @Test
    void aFlagBeatsTheEnvironmentWhichBeatsTheFile() {
        Settings settings = settings(Map.of("SMALLWINS_DB", "/env/db"), "file/db");
        assertThat(settings.databasePath("/flag/db")).isEqualTo(Path.of("/flag/db"));
        assertThat(settings.databasePath(null)).isEqualTo(Path.of("/env/db"));
        assertThat(settings(Map.of(), "file/db").databasePath(null)).isEqualTo(Path.of("/project/file/db"));
        assertThat(settings(Map.of(), null).databasePath(null)).isEqualTo(Path.of("/project/data/smallwins"));
    }

    @Test
    void theDatabaseKeyComesOnlyFromTheEnvironment() {
        assertThat(settings(Map.of(), null).databaseKey()).isEmpty();
        assertThat(settings(Map.of("SMALLWINS_DB_KEY", "k"), null).databaseKey())
                .hasValue("k");
    }
}
