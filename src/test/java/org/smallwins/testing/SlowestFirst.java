package org.smallwins.testing;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Starts the test classes that take longest first, the rest in JUnit's usual order after them, so that
 * no long class is left to start last while the other thread has nothing to do. The list is by the
 * classes' times in `./bot test` (README, "Test suite"): the two that mostly wait (on Telegram's pace, on
 * an idle bot, on a restarted process) ahead of the ones that start jars or embed thousands of texts.
 */
public final class SlowestFirst implements ClassOrderer {
    private static final List<String> SLOWEST = List.of(
            "org.smallwins.telegram.TelegramBotIT",
            "org.smallwins.telegram.DeliveryIT",
            "org.smallwins.telegram.DeliveryFaultsIT",
            "org.smallwins.cli.ChatCommandIT",
            "org.smallwins.telegram.FullPaceIT",
            "org.smallwins.safety.ShippedRiskHeadTest",
            "org.smallwins.safety.RiskEvaluationTest",
            "org.smallwins.review.HostileMessagesIT",
            "org.smallwins.cli.ExportAndDeleteIT",
            "org.smallwins.language.ShippedModelTest",
            "org.smallwins.language.AnalysisEvaluationTest",
            "org.smallwins.storage.H2CheckInStoreIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SlowestFirst::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        int rank = SLOWEST.indexOf(descriptor.getTestClass().getName());
        return rank < 0 ? SLOWEST.size() : rank;
    }
}
