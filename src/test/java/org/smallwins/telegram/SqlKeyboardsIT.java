package org.smallwins.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.review.Choice;
import org.smallwins.storage.Database;

/** The live keyboards on a real H2 file: kept across a restart, retired once used. */
class SqlKeyboardsIT {
    @TempDir
    Path folder;

    @Test
    void theLiveKeyboardOfEachChatOutlivesARestartAndIsRetiredOnce() {
        Path file = folder.resolve("db");
        KeyboardStore.Live shown;
        try (Database database = Database.open(file, Optional.empty())) {
            KeyboardStore store = KeyboardStore.inDatabase(database.dataSource(), Clock.systemUTC());
            assertThat(store.find("telegram:1")).isEmpty();
            assertThat(store.highestNumber()).isZero();
            store.save("telegram:1", new KeyboardStore.Live(10, List.of("/skip")));
            shown = new KeyboardStore.Live(11, List.of("/review", "/help"));
            store.save("telegram:1", shown); // replaces the older one
            store.save("telegram:2", new KeyboardStore.Live(12, List.of("/later")));
        }
        try (Database database = Database.open(file, Optional.empty())) {
            KeyboardStore store = KeyboardStore.inDatabase(database.dataSource(), Clock.systemUTC());
            assertThat(store.find("telegram:1")).hasValue(shown);
            assertThat(store.highestNumber()).isEqualTo(12);
            assertThat(store.retire("telegram:1", 10)).isFalse(); // not the live one
            assertThat(store.retire("telegram:1", 11)).isTrue();
            assertThat(store.retire("telegram:1", 11)).isFalse();
            assertThat(store.find("telegram:1")).isEmpty();

            Keyboards keyboards = new Keyboards(store, Clock.systemUTC());
            Keyboards.Prepared next = keyboards.prepare(List.of(new Choice("Go on", "/review")));
            assertThat(next.keyboard().number()).isGreaterThan(12);
        }
    }
}
