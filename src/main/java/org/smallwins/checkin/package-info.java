/**
 * Weekly check-ins: the bot speaking first, on each person's chosen weekday, local time and time zone.
 *
 * <p>Here live the schedule and its arithmetic ({@link org.smallwins.checkin.Schedule}, in UTC and
 * across clock changes), the commands that set it ({@code /schedule /settings /pause /resume} and the
 * check-in's own buttons), the {@link org.smallwins.checkin.CheckInSweeper} that finds due check-ins
 * and claims each exactly once, and the {@link org.smallwins.checkin.CheckInStore} port that
 * {@code storage} implements. {@link org.smallwins.checkin.CheckIns} is what the application wires.
 *
 * <p>It may import the core's records and ports ({@code org.smallwins.review}) and the messages bundle
 * ({@code org.smallwins.reframe.Messages}); never {@code org.telegram}, {@code storage} or
 * {@code console}: a check-in leaves through the core ({@code Conversation.initiate}) and its outbox,
 * whatever the transport.
 */
package org.smallwins.checkin;
