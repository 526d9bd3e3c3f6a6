package org.smallwins.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.smallwins.review.Choice;
import org.smallwins.review.Person;
import org.smallwins.review.PersonEvents;
import org.smallwins.review.Reply;
import org.smallwins.review.Review;

/**
 * What check-ins hear from the core: any message means the last check-in was not ignored, and the
 * first completed review brings "Same time next week?" (nothing is ever sent until the person agrees).
 */
final class CheckInEvents implements PersonEvents {
    private final CheckInStore store;
    private final CheckInTexts texts;

    CheckInEvents(CheckInStore store, CheckInTexts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public void wrote(Person person, Instant at) {
        store.answered(person.id());
    }

    @Override
    public List<Reply> reviewCompleted(Person person, Review review, Instant at) {
        CheckInPlan plan = store.find(person.id()).orElseGet(() -> CheckInPlan.fresh(person.id()));
        if (plan.offered()
                || plan.state() != CheckInState.OFF
                || plan.schedule().isPresent()) {
            return List.of(); // asked once only, and never of someone who already chose
        }
        store.save(plan.withOffered());
        // "Same time" is when they sat down to it, to the nearest quarter of an hour.
        LocalDateTime started = review.startedAt().atZone(plan.zone()).toLocalDateTime();
        long quarters = Math.round(started.getMinute() / 15.0);
        LocalDateTime slot = started.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(15 * quarters));
        Schedule offered = new Schedule(slot.getDayOfWeek(), slot.toLocalTime(), plan.zone());
        String yes = "/checkin yes " + CheckInTexts.shortDay(offered.day()) + " " + CheckInTexts.time(offered.time());
        return List.of(Reply.of(
                texts.messages().format("checkin.offer", "schedule", texts.describe(offered)),
                new Choice(texts.text("checkin.choice.yes"), yes),
                new Choice(texts.text("checkin.choice.no"), "/checkin no")));
    }
}
