package org.smallwins.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;
import org.smallwins.safety.Assessment;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;
import org.smallwins.testing.Fixtures;
import org.smallwins.testing.InMemoryReviewStore;

/** The crisis replies with a person's own safety plan: their words first, 999 first when an act is in progress. */
class SafetyRepliesWithPlanTest {
    private static final Instant AT = Instant.parse("2026-11-20T23:00:00Z");
    private static final String OWN = "You wrote a plan. What keeps you going: my son";
    private final Messages messages = Fixtures.messages();
    private final InMemoryReviewStore store = new InMemoryReviewStore();
    private final Person person = store.person("test:replies", AT);

    /** A plan port that returns {@code own}, or throws when it is empty. */
    private static SafetyPlanPort plan(Optional<String> own) {
        return new SafetyPlanPort() {
            @Override
            public Optional<String> forCrisis(long personId) {
                return Optional.of(own.orElseThrow(() -> new IllegalStateException("disk gone")));
            }

            @Override
            public List<Choice> crisisChoices() {
                return List.of(new Choice("A grounding exercise", "/grounding"));
            }

            @Override
            public Optional<Reply> offer(Person person, boolean crisisPassed, Instant at) {
                return Optional.empty();
            }

            @Override
            public Optional<List<Reply>> takeRiskyAnswer(Turn turn, Assessment risk) {
                return Optional.empty();
            }
        };
    }

    private SafetyReplies replies(SafetyPlanPort plan) {
        return new SafetyReplies(messages, CrisisResources.load(), store, Duration.ofHours(24), plan);
    }

    private String urgent(String key) {
        return messages.format(key, "resources", CrisisResources.load().asText());
    }

    @Test
    void theirOwnWordsComeBeforeTheHelplines() {
        Reply reply = replies(plan(Optional.of(OWN)))
                .escalate(person, RiskLevel.URGENT, false, AT)
                .get(0);

        assertThat(reply.text()).isEqualTo(OWN + "\n\n" + urgent("safety.urgent"));
        assertThat(reply.choices())
                .extracting(Choice::command)
                .containsExactly("/imsafe", "/helpnow", "/grounding", "/later");
    }

    @Test
    void whenAnActIsInProgress999LeadsAndTheirWordsFollow() {
        String text = replies(plan(Optional.of(OWN)))
                .escalate(person, RiskLevel.URGENT, true, AT)
                .get(0)
                .text();

        assertThat(text).startsWith(urgent("safety.urgent.now")).endsWith(OWN);
        assertThat(text.indexOf("999")).isLessThan(text.indexOf("my son"));
    }

    @Test
    void withoutAPlanTheReplyIsAsBefore() {
        Reply reply = replies(SafetyPlanPort.NONE)
                .escalate(person, RiskLevel.URGENT, false, AT)
                .get(0);

        assertThat(reply.text()).isEqualTo(urgent("safety.urgent"));
        assertThat(reply.choices()).extracting(Choice::command).containsExactly("/imsafe", "/helpnow", "/later");
    }

    @Test
    void aPlanThatCannotBeReadLeavesTheCrisisReplyWhole() {
        SafetyReplies safety = replies(plan(Optional.empty()));

        Reply reply = safety.escalate(person, RiskLevel.URGENT, false, AT).get(0);

        assertThat(reply.text()).isEqualTo(urgent("safety.urgent"));
        assertThat(store.escalations()).hasSize(1);
        assertThat(safety.inCrisis(person, AT.plusSeconds(60))).isTrue();
    }

    @Test
    void theFollowUpsInTheCrisisStateLeadWithTheirWordsToo() {
        SafetyReplies safety = replies(plan(Optional.of(OWN)));
        safety.escalate(person, RiskLevel.URGENT, false, AT);

        assertThat(safety.followUp(person).get(0).text()).startsWith(OWN).contains("116 123");
        assertThat(safety.waitsForSafety(person).get(0).text()).startsWith(OWN);
        assertThat(safety.reviewLater(person).get(0).text()).startsWith(OWN);
    }

    @Test
    void helpNowKeeps999FirstAndThenTheirWords() {
        String text = replies(plan(Optional.of(OWN))).helpNow(person, AT).get(0).text();

        assertThat(text.indexOf("999")).isNotNegative().isLessThan(text.indexOf(OWN));
    }

    @Test
    void theStorageFreeCrisisReplyNeverAsksForThePlan() {
        List<Reply> reply = replies(plan(Optional.empty())).withoutState(RiskLevel.URGENT, false);

        assertThat(reply.get(0).text()).isEqualTo(urgent("safety.urgent"));
    }

    @Test
    void anUrgentEscalationEndsAQuestionLeftWaiting() {
        store.setAwaiting(person.id(), Optional.of("safetyplan"));

        replies(SafetyPlanPort.NONE).escalate(person, RiskLevel.URGENT, false, AT);

        assertThat(store.awaiting(person.id())).isEmpty();
    }
}
