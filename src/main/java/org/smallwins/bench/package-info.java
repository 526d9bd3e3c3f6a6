/**
 * {@code ./bot bench}: the speed and memory goals measured (analysis against the bare library calls, the
 * core's throughput and delay over a real H2 file, the due check-in query, start-up, memory), each part
 * in fresh JVMs after a warm-up, reported as a table and one {@code bench: key=value ...} line. Nothing
 * here runs in the bot, and no test asserts a time.
 *
 * <p>May import {@code review}, {@code storage}, {@code checkin}, {@code language} and {@code safety}; the command line
 * hands it the app's parts. Never {@code org.telegram}, {@code console} or {@code cli}.
 */
package org.smallwins.bench;
