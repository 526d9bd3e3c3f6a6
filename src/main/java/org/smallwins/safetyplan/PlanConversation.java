package org.smallwins.safetyplan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.smallwins.language.NothingAnswer;
import org.smallwins.review.ChatCommand;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.review.ReviewStore;
import org.smallwins.review.Turn;

/**
 * {@code /safetyplan}: the first time, a calm walk through the seven steps, one question a message,
 * any of them skipped with a button or by typing "skip"; after that, the plan with a button a step to
 * change or clear it, and the whole plan cleared after a confirmation. Buttons send
 * {@code /safetyplan skip|later|step N|clearstep N|clear|clear yes}. In the crisis state nothing is
 * started or changed, but the plan can be read: that is when it is needed most.
 */
final class PlanConversation implements ChatCommand {
    static final String NAME = "safetyplan";
    /** A step's words are kept up to here, so that the whole plan still reads as one message. */
    static final int MAX_STEP_CHARS = 1_000;

    private static final Set<String> SKIPS = Set.of(
            "skip",
            "skip it",
            "skip this",
            "skip this one",
            "skip this step",
            "pass",
            "next",
            "no thanks",
            "no thank you",
            "not now");

    private final SafetyPlanStore plans;
    private final ReviewStore people;
    private final PlanTexts texts;

    PlanConversation(SafetyPlanStore plans, ReviewStore people, PlanTexts texts) {
        this.plans = plans;
        this.people = people;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("command.safetyplan.help");
    }

    /**
     * Not waiting the crisis out, so that the plan can be read in it; {@link #run} starts and changes
     * nothing then, and shows the plan (or, without one, the help) with the crisis buttons.
     */
    @Override
    public boolean waitsOutACrisis() {
        return false;
    }

    @Override
    public List<Reply> run(Turn turn) {
        long id = turn.person().id();
        if (people.crisisUntil(id).filter(turn.at()::isBefore).isPresent()) {
            return List.of(texts.inCrisis(readableInCrisis(id)));
        }
        String[] words = turn.arguments().toLowerCase(Locale.ROOT).split("\\s+", 2);
        String rest = words.length > 1 ? words[1] : "";
        Optional<Asking> asking = plans.asking(id);
        return switch (words[0]) {
            case "skip" -> asking.map(a -> skip(turn, a, "plan.skipped")).orElseGet(() -> view(id, Optional.empty()));
            case "later" -> later(asking);
            case "step" ->
                PlanStep.numbered(rest).map(step -> open(turn, step)).orElseGet(() -> view(id, Optional.empty()));
            case "clearstep" ->
                PlanStep.numbered(rest).map(step -> clearStep(turn, step)).orElseGet(() -> view(id, Optional.empty()));
            case "clear" -> rest.equals("yes") ? clearAll(id) : confirmClear();
            default -> start(turn, asking);
        };
    }

    /** The person's next message after a question: their words for the step (the router passes it here). */
    @Override
    public List<Reply> answer(Turn turn) {
        Optional<Asking> asking = plans.asking(turn.person().id());
        if (asking.isEmpty()) {
            return view(turn.person().id(), Optional.empty());
        }
        String text = turn.arguments().strip();
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        if (text.isEmpty()) {
            return ask(turn, asking.get(), Optional.empty());
        }
        if (SKIPS.contains(folded)) {
            return skip(turn, asking.get(), "plan.skipped");
        }
        if (NothingAnswer.matches(text)) {
            return skip(turn, asking.get(), "plan.nothing");
        }
        return write(turn, asking.get(), text);
    }

    /** The plan, or none when it cannot be read: in a crisis the help goes out either way. */
    private SafetyPlan readableInCrisis(long id) {
        try {
            return plans.find(id);
        } catch (RuntimeException e) {
            return SafetyPlan.none(id);
        }
    }

    private List<Reply> start(Turn turn, Optional<Asking> asking) {
        long id = turn.person().id();
        if (asking.filter(Asking::guided).isPresent()) {
            return ask(turn, asking.get(), Optional.of(texts.require("plan.resume")));
        }
        if (plans.find(id).isEmpty()) {
            return ask(turn, new Asking(PlanStep.WARNING_SIGNS, true, false), Optional.of(texts.require("plan.intro")));
        }
        return view(id, Optional.empty());
    }

    private List<Reply> write(Turn turn, Asking asking, String text) {
        long id = turn.person().id();
        String kept = text.length() > MAX_STEP_CHARS ? text.substring(0, MAX_STEP_CHARS) : text;
        // A number asked for after the names goes on the line below them.
        String words = asking.forNumber()
                ? plans.find(id)
                        .text(asking.step())
                        .map(before -> before + "\n" + kept)
                        .orElse(kept)
                : kept;
        plans.save(id, asking.step(), words, turn.at());
        String lead = text.length() > MAX_STEP_CHARS
                ? texts.require("plan.kept") + " "
                        + texts.format("plan.truncated", "max", String.format("%,d", MAX_STEP_CHARS))
                : texts.require("plan.kept");
        if (asking.step().holdsNumbers() && !asking.forNumber() && kept.chars().noneMatch(Character::isDigit)) {
            return ask(turn, new Asking(asking.step(), asking.guided(), true), Optional.of(lead));
        }
        return after(turn, asking, lead);
    }

    /** A step left empty, or the number after a name left out (the name is kept). */
    private List<Reply> skip(Turn turn, Asking asking, String key) {
        return after(turn, asking, asking.forNumber() ? texts.require("plan.numberSkipped") : texts.require(key));
    }

    /** After a step: the next question while walking through, else the plan as it now stands. */
    private List<Reply> after(Turn turn, Asking asking, String lead) {
        long id = turn.person().id();
        Optional<PlanStep> next = asking.guided() ? asking.step().next() : Optional.empty();
        if (next.isPresent()) {
            return ask(turn, new Asking(next.get(), true, false), Optional.of(lead));
        }
        plans.setAsking(id, Optional.empty(), turn.at());
        SafetyPlan plan = plans.find(id);
        if (asking.guided()) {
            return plan.isEmpty()
                    ? List.of(Reply.of(lead + "\n\n" + texts.require("plan.finishedEmpty")))
                    : List.of(texts.view(plan, Optional.of(lead + "\n\n" + texts.require("plan.finished"))));
        }
        return List.of(texts.view(plan, Optional.of(lead)));
    }

    private List<Reply> ask(Turn turn, Asking asking, Optional<String> lead) {
        plans.setAsking(turn.person().id(), Optional.of(asking), turn.at());
        people.setAwaiting(turn.person().id(), Optional.of(NAME));
        return List.of(texts.ask(asking, lead));
    }

    private List<Reply> open(Turn turn, PlanStep step) {
        Optional<String> written = plans.find(turn.person().id()).text(step);
        Asking editing = new Asking(step, false, false);
        if (written.isEmpty()) {
            return ask(turn, editing, Optional.empty());
        }
        plans.setAsking(turn.person().id(), Optional.of(editing), turn.at());
        people.setAwaiting(turn.person().id(), Optional.of(NAME));
        return List.of(texts.openStep(step, written.get()));
    }

    /** "Finish later": where the conversation is stays kept, so /safetyplan picks up at the same step. */
    private List<Reply> later(Optional<Asking> asking) {
        int step = asking.map(a -> a.step().number()).orElse(1);
        return List.of(Reply.of(texts.format("plan.later", "number", String.valueOf(step))));
    }

    private List<Reply> clearStep(Turn turn, PlanStep step) {
        plans.clear(turn.person().id(), step);
        plans.setAsking(turn.person().id(), Optional.empty(), turn.at());
        return view(turn.person().id(), Optional.of(texts.require("plan.stepCleared")));
    }

    private List<Reply> confirmClear() {
        return List.of(Reply.of(
                texts.require("plan.clear.confirm"),
                new Choice(texts.require("plan.choice.clearYes"), PlanTexts.COMMAND + " clear yes"),
                new Choice(texts.require("plan.choice.clearNo"), PlanTexts.COMMAND)));
    }

    private List<Reply> clearAll(long id) {
        plans.clearAll(id);
        return List.of(Reply.of(texts.require("plan.clear.done")));
    }

    private List<Reply> view(long id, Optional<String> lead) {
        SafetyPlan plan = plans.find(id);
        if (plan.isEmpty()) {
            return List.of(Reply.of(
                    lead.map(l -> l + "\n\n").orElse("") + texts.require("plan.none"),
                    new Choice(texts.require("plan.choice.write"), PlanTexts.COMMAND)));
        }
        return List.of(texts.view(plan, lead));
    }
}
