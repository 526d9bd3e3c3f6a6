package org.smallwins.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.review.Conversation;
import org.smallwins.review.Handled;
import org.smallwins.review.Incoming;
import org.smallwins.review.Reply;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safetyplan.Asking;
import org.smallwins.safetyplan.PlanStep;
import org.smallwins.safetyplan.SafetyPlan;
import org.smallwins.safetyplan.SafetyPlans;
import org.smallwins.testing.Fixtures;

/** The safety plan on a real H2 file: kept as a record for export, erased with the person, never in a crisis's way. */
class H2SafetyPlanStoreIT {
    private static final Instant AT = Instant.parse("2026-11-20T22:00:00Z");
    private static final String ME = "telegram:77";

    @TempDir
    Path folder;

    private Database database;
    private H2ReviewStore people;
    private H2SafetyPlanStore plans;
    private long me;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("db"), Optional.empty());
        people = new H2ReviewStore(database);
        plans = new H2SafetyPlanStore(database);
        me = people.person(ME, AT).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Conversation conversation() {
        SafetyPlans feature = new SafetyPlans(plans, people, Fixtures.messages(), CrisisResources.load());
        return Fixtures.builder(people, new H2Outbox(database), database.transactions())
                .commands(feature.commands())
                .safetyPlan(feature)
                .build()
                .conversation();
    }

    private int rows(String table) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?")) {
            count.setLong(1, me);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void theStepsAreKeptAndReadBackAsARecordForExport() {
        plans.save(me, PlanStep.REASONS, "my daughter", AT);
        plans.save(me, PlanStep.WARNING_SIGNS, "not sleeping", AT.plusSeconds(1));
        plans.save(me, PlanStep.REASONS, "my daughter\nthe sea", AT.plusSeconds(2));

        SafetyPlan plan = plans.find(me);

        assertThat(plan.personId()).isEqualTo(me);
        assertThat(plan.entries())
                .containsExactly(
                        new SafetyPlan.Entry(PlanStep.WARNING_SIGNS, "not sleeping", AT.plusSeconds(1)),
                        new SafetyPlan.Entry(PlanStep.REASONS, "my daughter\nthe sea", AT.plusSeconds(2)));
        assertThat(plans.find(me + 1).isEmpty()).isTrue();
    }

    @Test
    void aStepOrTheWholePlanIsCleared() {
        plans.save(me, PlanStep.COPING, "a walk", AT);
        plans.save(me, PlanStep.PEOPLE, "Mum 07700 900123", AT);
        plans.setAsking(me, Optional.of(new Asking(PlanStep.SAFER_PLACE, true, false)), AT);

        plans.clear(me, PlanStep.COPING);
        assertThat(plans.find(me).entries()).extracting(SafetyPlan.Entry::step).containsExactly(PlanStep.PEOPLE);

        plans.clearAll(me);
        assertThat(plans.find(me).isEmpty()).isTrue();
        assertThat(plans.asking(me)).isEmpty();
    }

    @Test
    void whereTheConversationIsSurvivesReopening() {
        plans.setAsking(me, Optional.of(new Asking(PlanStep.PEOPLE, true, true)), AT);
        database.close();
        database = Database.open(folder.resolve("db"), Optional.empty());
        plans = new H2SafetyPlanStore(database);

        assertThat(plans.asking(me)).contains(new Asking(PlanStep.PEOPLE, true, true));
        plans.setAsking(me, Optional.empty(), AT);
        assertThat(plans.asking(me)).isEmpty();
    }

    @Test
    void theOfferAfterACrisisIsClaimedOnceWhetherOrNotAPlanWasStarted() {
        long other = people.person("telegram:78", AT).id();
        plans.setAsking(other, Optional.of(new Asking(PlanStep.COPING, true, false)), AT);

        assertThat(plans.claimCrisisOffer(me, AT)).isTrue();
        assertThat(plans.claimCrisisOffer(me, AT.plusSeconds(60))).isFalse();
        assertThat(plans.claimCrisisOffer(other, AT)).isTrue();
        assertThat(plans.claimCrisisOffer(other, AT)).isFalse();
        assertThat(plans.asking(other)).contains(new Asking(PlanStep.COPING, true, false));
    }

    @Test
    void deletingThePersonErasesTheirPlan() throws SQLException {
        plans.save(me, PlanStep.REASONS, "my daughter", AT);
        plans.setAsking(me, Optional.of(new Asking(PlanStep.PEOPLE, true, false)), AT);
        assertThat(rows("safety_plan_steps")).isEqualTo(1);
        assertThat(rows("safety_plans")).isEqualTo(1);

        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM people WHERE id = ?")) {
            delete.setLong(1, me);
            delete.executeUpdate();
        }

        assertThat(rows("safety_plan_steps")).isZero();
        assertThat(rows("safety_plans")).isZero();
    }

    @Test
    void aPlanWrittenInTheChatLeadsTheCrisisReplyAndIsStoredInOneTransactionEach() {
        Conversation conversation = conversation();
        String[] messages = {"/safetyplan", "I go quiet", "skip", "skip", "Mum 07700 900123", "skip", "skip", "my cat"};
        for (int i = 0; i < messages.length; i++) {
            assertThat(conversation
                            .handle(new Incoming(ME, messages[i], AT.plusSeconds(i)))
                            .queued())
                    .isTrue();
        }

        Handled crisis = conversation.handle(new Incoming(ME, "I want to end my life", AT.plusSeconds(60)));

        String text = crisis.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
        assertThat(crisis.queued()).isTrue();
        assertThat(text.indexOf("my cat")).isNotNegative().isLessThan(text.indexOf("116 123"));
        assertThat(text.indexOf("Mum 07700 900123")).isNotNegative().isLessThan(text.indexOf("116 123"));
    }

    @Test
    void whenThePlanCannotBeReadTheCrisisReplyAndItsRecordAreStillKept() throws SQLException {
        Conversation conversation = conversation();
        conversation.handle(new Incoming(ME, "/safetyplan", AT));
        conversation.handle(new Incoming(ME, "I go quiet", AT.plusSeconds(1)));
        try (Connection connection = database.dataSource().getConnection();
                Statement drop = connection.createStatement()) {
            drop.execute("DROP TABLE safety_plan_steps");
        }

        Handled crisis = conversation.handle(new Incoming(ME, "I want to end my life", AT.plusSeconds(60)));

        assertThat(crisis.queued()).isTrue();
        assertThat(crisis.replies().get(0).text()).contains("999").contains("116 123");
        assertThat(rows("escalations")).isEqualTo(1);
        assertThat(people.crisisUntil(me)).isPresent();
    }
}
