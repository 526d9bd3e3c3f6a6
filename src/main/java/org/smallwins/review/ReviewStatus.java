package org.smallwins.review;

/** Where a weekly review stands. */
public enum ReviewStatus {
    /** Questions are being asked; the next text answers the next unanswered question. */
    IN_PROGRESS,
    /** Stopped for safety or by the person; {@code /review} goes on where it left off. */
    PAUSED,
    /** All five questions answered or skipped. */
    COMPLETED,
    /** Ended early with {@code /cancel}; what was answered is kept. */
    CANCELLED;

    public boolean isOpen() {
        return this == IN_PROGRESS || this == PAUSED;
    }
}
