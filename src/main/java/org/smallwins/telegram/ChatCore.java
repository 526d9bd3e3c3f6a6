package org.smallwins.telegram;

import java.util.List;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;

/**
 * What the Telegram adapter asks of the core ({@link org.smallwins.review.Conversation}): its three
 * entry points, behind an interface so that tests can stand in for the core, a failing one included.
 */
interface ChatCore {
    /** A new message or a button's command: risk check, then the person's turn, replies queued or handed back. */
    Handled handle(Incoming incoming);

    /** An edited message: the risk check alone. */
    Handled checkOnly(Incoming incoming);

    /** The crisis reply for risk language in a group, where the bot keeps no state. */
    List<Reply> riskReplyWithoutState(String text);
}
