package org.smallwins.checkin;

/** Whether a person's weekly check-ins are sent, and if not, why not. */
public enum CheckInState {
    /** Nothing agreed yet: a schedule half chosen, or "Same time next week?" declined. */
    OFF,
    /** Check-ins are sent. */
    ON,
    /** The person sent /pause. */
    PAUSED,
    /** Paused by the bot after three check-ins in a row went unanswered, so they do not pile up. */
    RESTING,
    /** The person blocked the bot; sending again would only fail. */
    BLOCKED
}
