package org.smallwins.checkin;

import java.time.Instant;
import java.util.List;
import org.smallwins.review.Choice;
import org.smallwins.review.Initiative;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.ReviewStore;

/**
 * One due check-in, run by the core as an event of its person: claims it (so it is sent once however
 * many sweepers found it), then says what fits. Runs in the transaction that writes its replies to the
 * outbox, so the claim and the message commit together or not at all.
 */
final class CheckInInitiative implements Initiative {
    /** Check-ins that may go unanswered in a row before the bot stops sending them. */
    static final int UNANSWERED_BEFORE_RESTING = 3;

    private final DueCheckIn due;
    private final CheckInStore store;
    private final ReviewStore reviews;
    private final CheckInTexts texts;

    CheckInInitiative(DueCheckIn due, CheckInStore store, ReviewStore reviews, CheckInTexts texts) {
        this.due = due;
        this.store = store;
        this.reviews = reviews;
        this.texts = texts;
    }

    @Override
    public List<Reply> run(Person person, boolean inCrisis, Instant at) {
        if (person.id() != due.personId()) {
            throw new IllegalStateException("check-in of person " + due.personId() + " run for " + person.id());
        }
        Instant next = due.schedule().nextAfter(at);
        if (!store.claim(due.personId(), due.due(), next)) {
            return List.of(); // another sweeper sent it, or the person changed their plan meanwhile
        }
        if (inCrisis) {
            // No check-in while the crisis state lasts: the claim has already moved it to next week's
            // slot. Not "a few hours after the crisis ends", which could bring "how was your week?"
            // straight after someone has been at risk; /review is there whenever they want it.
            return List.of();
        }
        CheckInPlan plan = store.find(due.personId()).orElseThrow();
        if (plan.unanswered() >= UNANSWERED_BEFORE_RESTING) {
            store.save(plan.off(CheckInState.RESTING));
            return List.of(Reply.of(
                    texts.text("checkin.resting"), new Choice(texts.text("settings.choice.resume"), "/resume")));
        }
        store.save(plan.sent(next));
        return List.of(invitation(person));
    }

    private Reply invitation(Person person) {
        boolean open = reviews.findOpenReview(person.id()).isPresent();
        return Reply.of(
                texts.text(open ? "checkin.inviteOpen" : "checkin.invite"),
                new Choice(texts.text(open ? "checkin.choice.carryOn" : "checkin.choice.start"), "/review"),
                new Choice(texts.text("checkin.choice.later"), "/checkin later"),
                new Choice(texts.text("checkin.choice.skip"), "/checkin skip"));
    }
}
