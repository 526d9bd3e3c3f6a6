package org.smallwins.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The crisis numbers are facts: each is pinned here, exactly. */
class CrisisResourcesTest {
    private final CrisisResources resources = CrisisResources.load();

    @Test
    void listsEmergencyServicesFirst() {
        assertThat(resources.lines().get(0)).contains("999").contains("A&E");
    }

    @Test
    void givesNhs111WithOptionTwoForMentalHealth() {
        assertThat(resources.asText()).containsPattern("NHS 111: call 111 and choose option 2 for mental health");
    }

    @Test
    void givesSamaritansFreeAroundTheClock() {
        assertThat(resources.asText()).contains("Samaritans: call 116 123, free, 24 hours a day, 7 days a week");
    }

    @Test
    void givesShoutByText() {
        assertThat(resources.asText()).contains("text SHOUT to 85258");
    }

    @Test
    void hasNoOtherNumbers() {
        String digits = resources
                .asText()
                .replaceAll("[^0-9 ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
        assertThat(digits).isEqualTo("999 111 111 2 116 123 24 7 85258 24 7");
    }
}
