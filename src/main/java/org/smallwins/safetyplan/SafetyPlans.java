package org.smallwins.safetyplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.reframe.Messages;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Person;
import org.smallwins.review.Reply;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.SafetyPlanPort;
import org.smallwins.review.Turn;
import org.smallwins.safety.Assessment;
import org.smallwins.safety.CrisisResources;
import org.smallwins.safety.RiskLevel;

/**
 * The safety plan feature as the app wires it: its commands ({@code /safetyplan}, {@code /grounding})
 * and what the core's crisis replies ask of it (the person's own words first, a grounding button, the
 * gentle offer of a plan, and warning signs that use risk words).
 */
public final class SafetyPlans implements SafetyPlanPort {
    private final SafetyPlanStore plans;
    private final ReviewStore people;
    private final PlanTexts texts;
    private final PlanConversation conversation;
    private final Grounding grounding;

    public SafetyPlans(SafetyPlanStore plans, ReviewStore people, Messages messages, CrisisResources resources) {
        this.plans = plans;
        this.people = people;
        this.texts = new PlanTexts(messages, resources);
        this.conversation = new PlanConversation(plans, people, texts);
        this.grounding = new Grounding(messages, resources);
    }

    /** The commands to register with the core. */
    public List<ChatCommand> commands() {
        return List.of(conversation, grounding);
    }

    /** The person's plan as a record, for {@code /export}. */
    public SafetyPlan planOf(long personId) {
        return plans.find(personId);
    }

    @Override
    public Optional<String> forCrisis(long personId) {
        return texts.forCrisis(plans.find(personId));
    }

    @Override
    public List<Choice> crisisChoices() {
        return List.of(new Choice(texts.require("grounding.choice.start"), "/" + Grounding.NAME));
    }

    @Override
    public Optional<Reply> offer(Person person, boolean crisisPassed, Instant at) {
        if (!plans.find(person.id()).isEmpty()) {
            return Optional.empty();
        }
        if (crisisPassed && !plans.claimCrisisOffer(person.id(), at)) {
            return Optional.empty();
        }
        Choice write = new Choice(texts.require("plan.choice.write"), PlanTexts.COMMAND);
        return Optional.of(Reply.of(
                crisisPassed ? texts.require("plan.offer.afterCrisis") : texts.require("plan.offer.start"), write));
    }

    /**
     * Risk words while a step is being written. A CONCERN (feeling hopeless) goes into any step; URGENT
     * words go into the steps that ask for them (warning signs, coping, a safer place) unless they say
     * the danger is now ({@link DangerNow}). What goes in gets the resources and a help-now button beside
     * the next question; everything else gets the full crisis reply and the crisis state.
     */
    @Override
    public Optional<List<Reply>> takeRiskyAnswer(Turn turn, Assessment risk) {
        Person person = turn.person();
        boolean writing = people.awaiting(person.id())
                .filter(PlanConversation.NAME::equals)
                .isPresent();
        Optional<Asking> step = writing ? plans.asking(person.id()) : Optional.empty();
        if (turn.arguments().strip().startsWith("/") || step.isEmpty()) {
            return Optional.empty();
        }
        Asking asking = step.get();
        boolean belongs = risk.level() == RiskLevel.CONCERN
                || (asking.step().riskWordsBelong() && !asking.forNumber() && !DangerNow.in(turn.arguments(), risk));
        if (!belongs) {
            return Optional.empty();
        }
        // As the router does before handing a command its answer.
        people.setAwaiting(person.id(), Optional.empty());
        return Optional.of(withHelpInView(conversation.answer(turn)));
    }

    /** The plan's replies with the resources before them and "I need help now" on the last one. */
    private List<Reply> withHelpInView(List<Reply> replies) {
        List<Reply> result = new ArrayList<>(replies);
        Reply first = result.get(0);
        result.set(0, new Reply(texts.riskWritten() + "\n\n" + first.text(), first.choices()));
        Reply last = result.get(result.size() - 1);
        List<Choice> choices = new ArrayList<>(last.choices());
        choices.add(new Choice(texts.require("choice.helpNow"), "/helpnow"));
        result.set(result.size() - 1, new Reply(last.text(), choices));
        return result;
    }
}
