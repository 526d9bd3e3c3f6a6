package org.smallwins.telegram;

import java.time.Duration;

/** Waiting, injected so that tests of pacing and retries do not sleep. */
interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
