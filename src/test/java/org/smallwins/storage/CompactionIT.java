package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exclusive window compaction needs, while the bot goes on using the database. */
class CompactionIT {
    @TempDir
    Path folder;

    @Test
    void aConnectionHeldTooLongMakesCompactionGiveUpAndEverythingGoesOnWorking() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            try (Connection held = database.dataSource().getConnection()) {
                assertThatThrownBy(() -> database.compact(Duration.ofMillis(300)))
                        .isInstanceOf(StorageException.class)
                        .hasMessageContaining("Could not compact");
                assertThat(count(held)).isZero(); // the held connection is untouched
            }
            Stored.review(store, "telegram:1", Stored.NOW, "after the failed window");
            assertThat(database.compact().bytesAfter()).isPositive();
            assertThat(new H2PersonData(database).export("telegram:1", Stored.NOW))
                    .isPresent();
        }
    }

    @Test
    void aConnectionAskedForDuringTheWindowWaitsAndThenWorks() throws Exception {
        try (Database database = Database.open(folder.resolve("db"), Optional.empty())) {
            H2ReviewStore store = new H2ReviewStore(database);
            Stored.review(store, "telegram:1", Stored.NOW, "before");
            CountDownLatch holding = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
                try (Connection held = database.dataSource().getConnection()) {
                    assertThat(held.isClosed()).isFalse();
                    holding.countDown();
                    Thread.sleep(500); // the compaction below waits for this connection
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            holding.await();
            CompletableFuture<Database.Compaction> compaction = CompletableFuture.supplyAsync(database::compact);
            Thread.sleep(100); // the window is now waiting; a new connection queues behind it
            CompletableFuture<Long> late = CompletableFuture.supplyAsync(() -> {
                Stored.review(store, "telegram:2", Stored.NOW, "during");
                return 1L;
            });

            holder.get(10, TimeUnit.SECONDS);
            assertThat(compaction.get(30, TimeUnit.SECONDS).bytesAfter()).isPositive();
            assertThat(late.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
            assertThat(new H2PersonData(database).export("telegram:2", Stored.NOW))
                    .isPresent();
        }
    }

    private static long count(Connection connection) throws Exception {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM reviews")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
