package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smallwins.reframe.Messages;

class PrivacyNoticeTest {
    private static final Messages MESSAGES = Messages.load();

    @Test
    void saysWhatIsStoredWhereForHowLongWhoSeesItAndHowToExportAndDelete() {
        String text = PrivacyNotice.text(MESSAGES, Optional.empty());

        assertThat(text)
                .contains("What is stored")
                .contains("Where")
                .contains("For how long")
                .contains("Who can see it")
                .contains("/export")
                .contains("/delete")
                .contains("never your words")
                .endsWith(MESSAGES.require("privacy.retention.off"))
                .doesNotContain("{");
    }

    @Test
    void namesTheRetentionPeriodWhenOneIsSet() {
        assertThat(PrivacyNotice.text(MESSAGES, Optional.of(Period.ofMonths(18))))
                .endsWith("a review is deleted automatically 18 months after it was last changed.");
    }
}
