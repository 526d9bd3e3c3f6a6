/**
 * Progress that can be seen and shared: a person's past weeks in their own words ({@code /history}), a
 * summary to keep or forward to a therapist ({@code /summary}), a chart of the weeks ({@code /progress}),
 * and the message on the evening before a therapy session ({@code /therapy}). Patterns, never scores:
 * counts of words and measuring sticks over weeks, nothing that reads as a verdict.
 *
 * <p>Weeks are calendar weeks, Monday to Sunday, in the person's time zone. Cue words are counted per
 * week by the database (the {@link org.smallwins.progress.ProgressStore} port, which {@code storage}
 * implements); a review belongs to the week it started in.
 *
 * <p>It may import the core's records and ports ({@code org.smallwins.review}), the language analysis
 * ({@code org.smallwins.language}), the messages bundle and the kinds of win ({@code org.smallwins.reframe})
 * and XChart for the chart; never {@code org.telegram}, {@code storage} or {@code console}: what it says
 * leaves through the core, whatever the transport. {@link org.smallwins.progress.Progress} is what the
 * application wires.
 */
package org.smallwins.progress;
