package org.smallwins.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;

/**
 * What the bot says and does when the risk check fires: the crisis reply is built before anything is
 * stored, so that a storage failure can never hold it back; an open review is paused, and only the
 * fact of the escalation (time, level) is recorded.
 */
public final class SafetyReplies {
    private static final Logger log = LoggerFactory.getLogger(SafetyReplies.class);
    private final Messages messages;
    private final CrisisResources resources;
    private final ReviewStore store;

    public SafetyReplies(Messages messages, CrisisResources resources, ReviewStore store) {
        this.messages = messages;
        this.resources = resources;
        this.store = store;
    }

    String resourcesText() {
        return resources.asText();
    }

    List<Reply> escalate(String personKey, RiskLevel level, Instant at) {
        boolean reviewWasOpen = pauseAndRecord(personKey, level, at);
        List<Reply> replies = new ArrayList<>();
        if (level == RiskLevel.URGENT) {
            replies.add(Reply.of(messages.format("safety.urgent", "resources", resourcesText())));
            if (reviewWasOpen) {
                replies.add(Reply.of(messages.require("safety.urgent.reviewPaused")));
            }
        } else {
            replies.add(Reply.of(messages.format("safety.concern", "resources", resourcesText())));
            if (reviewWasOpen) {
                replies.add(Reply.of(
                        messages.require("safety.concern.goOn"),
                        new Choice(messages.require("choice.goOn"), "/review"),
                        new Choice(messages.require("choice.later"), "/later")));
            }
        }
        return replies;
    }

    /** The crisis reply alone, storing nothing: for a group chat, where nobody's state is kept. */
    Reply anonymous(RiskLevel level) {
        String key = level == RiskLevel.URGENT ? "safety.urgent" : "safety.concern";
        return Reply.of(messages.format(key, "resources", resourcesText()));
    }

    /** Pauses the open review and records the escalation; true when a review was open. Never throws. */
    private boolean pauseAndRecord(String personKey, RiskLevel level, Instant at) {
        try {
            Person person = store.person(personKey, at);
            store.recordEscalation(person.id(), level, at);
            Optional<Review> open = store.findOpenReview(person.id());
            open.filter(r -> r.status() == ReviewStatus.IN_PROGRESS)
                    .ifPresent(r -> store.setStatus(r.id(), ReviewStatus.PAUSED, at));
            log.info("Escalation recorded: level={}", level);
            return open.isPresent();
        } catch (RuntimeException e) {
            // The crisis reply matters more than the record of it.
            log.error("Could not record an escalation (level={}); replying anyway", level, e);
            return false;
        }
    }
}
