package org.smallwins.safetyplan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.smallwins.review.Choice;
import org.smallwins.review.Conversation;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;
import org.smallwins.review.UnitOfWork;
import org.smallwins.safety.CrisisResources;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryOutbox;
import org.smallwins.testing.InMemoryReviewStore;
import org.smallwins.testing.InMemorySafetyPlanStore;

/** The whole core with the safety plan feature, as the app wires it, over stores in memory. */
final class PlanWorld {
    static final String ME = "test:plan";
    static final Instant T0 = Instant.parse("2026-11-20T21:00:00Z");

    final InMemoryReviewStore store = new InMemoryReviewStore();
    final InMemorySafetyPlanStore plans = new InMemorySafetyPlanStore();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final SafetyPlans feature = new SafetyPlans(plans, store, Fixtures.messages(), CrisisResources.load());
    final Conversation conversation = Fixtures.builder(store, outbox, UnitOfWork.NONE)
            .commands(feature.commands())
            .safetyPlan(feature)
            .crisisLength(Duration.ofHours(24))
            .build()
            .conversation();
    private Instant now = T0;

    /** Sends {@code text} a minute after the last message; the replies it got. */
    List<Reply> say(String text) {
        now = now.plusSeconds(60);
        return conversation.handle(new Incoming(ME, text, now)).replies();
    }

    long me() {
        return store.person(ME, T0).id();
    }

    SafetyPlan plan() {
        return feature.planOf(me());
    }

    static String text(List<Reply> replies) {
        return replies.stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    static List<String> commands(List<Reply> replies) {
        return replies.stream()
                .flatMap(r -> r.choices().stream())
                .map(Choice::command)
                .toList();
    }
}
