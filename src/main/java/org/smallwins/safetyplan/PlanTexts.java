package org.smallwins.safetyplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smallwins.reframe.Messages;
import org.smallwins.review.Choice;
import org.smallwins.review.Reply;
import org.smallwins.safety.CrisisResources;

/**
 * How the plan is shown: a step's question, the whole plan with a button a step, and the short part of
 * it that leads a crisis reply. The UK crisis lines come from {@link CrisisResources}, never retyped.
 */
final class PlanTexts {
    static final String COMMAND = "/safetyplan";
    /** The longest a step's words appear in a crisis reply, which has to stay short. */
    private static final int CRISIS_CHARS = 300;

    private final Messages messages;
    private final CrisisResources resources;

    PlanTexts(Messages messages, CrisisResources resources) {
        this.messages = messages;
        this.resources = resources;
    }

    String require(String key) {
        return messages.require(key);
    }

    String format(String key, String... pairs) {
        return messages.format(key, pairs);
    }

    /** Before the next question, when risk words went into the plan: the resources, gently. */
    String riskWritten() {
        return messages.format("plan.riskWritten", "resources", resources.asText());
    }

    String title(PlanStep step) {
        return messages.require("plan." + step.key() + ".title");
    }

    /** A step's question, after {@code lead} (what happened to the last message), with its buttons. */
    Reply ask(Asking asking, Optional<String> lead) {
        String question = asking.forNumber()
                ? messages.require("plan.askNumber")
                : messages.format(
                                "plan.stepHeading",
                                "number",
                                String.valueOf(asking.step().number()),
                                "count",
                                String.valueOf(PlanStep.values().length),
                                "title",
                                title(asking.step()))
                        + "\n\n"
                        + messages.format("plan." + asking.step().key() + ".ask", "resources", resources.asText());
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(messages.require("plan.choice.skip"), COMMAND + " skip"));
        choices.add(
                asking.guided()
                        ? new Choice(messages.require("plan.choice.later"), COMMAND + " later")
                        : new Choice(messages.require("plan.choice.keep"), COMMAND));
        return new Reply(lead.map(l -> l + "\n\n").orElse("") + question, choices);
    }

    /** One step opened from the plan: what is written, and how to change or clear it. */
    Reply openStep(PlanStep step, String written) {
        return Reply.of(
                messages.format("plan.editStep", "title", title(step), "text", written),
                new Choice(messages.require("plan.choice.clearStep"), COMMAND + " clearstep " + step.number()),
                new Choice(messages.require("plan.choice.keep"), COMMAND));
    }

    /** The whole plan, every step with a button to open it, and one to clear it all. */
    Reply view(SafetyPlan plan, Optional<String> lead) {
        StringBuilder text = new StringBuilder();
        lead.ifPresent(l -> text.append(l).append("\n\n"));
        text.append(messages.require("plan.view.title"));
        List<Choice> choices = new ArrayList<>();
        for (PlanStep step : PlanStep.values()) {
            String heading = step.number() + ". " + title(step);
            text.append("\n\n").append(heading).append('\n');
            text.append(plan.text(step).orElse(messages.require("plan.notWritten")));
            if (step == PlanStep.PROFESSIONALS) {
                text.append('\n').append(messages.require("plan.professionals.always"));
                text.append('\n').append(resources.asText());
            }
            choices.add(new Choice(heading, COMMAND + " step " + step.number()));
        }
        text.append("\n\n").append(messages.require("plan.view.hint"));
        choices.add(new Choice(messages.require("plan.choice.clearAll"), COMMAND + " clear"));
        return new Reply(text.toString(), choices);
    }

    /** {@code /safetyplan} in the crisis state: the plan to read, or the help without one, and the crisis buttons. */
    Reply inCrisis(SafetyPlan plan) {
        List<Choice> choices = List.of(
                new Choice(messages.require("choice.safeNow"), "/imsafe"),
                new Choice(messages.require("choice.helpNow"), "/helpnow"),
                new Choice(messages.require("grounding.choice.start"), "/grounding"));
        if (plan.isEmpty()) {
            return new Reply(messages.format("plan.crisis.none", "resources", resources.asText()), choices);
        }
        String text = view(plan, Optional.empty()).text().replace(messages.require("plan.view.hint"), "");
        return new Reply(text.strip() + "\n\n" + messages.require("plan.crisis.read"), choices);
    }

    /**
     * The person's own words for the top of a crisis reply, briefly: what keeps them going, their
     * people, what helps them; empty when none of these is written.
     */
    Optional<String> forCrisis(SafetyPlan plan) {
        StringBuilder text = new StringBuilder();
        line(text, plan, PlanStep.REASONS, "plan.crisis.reasons");
        line(text, plan, PlanStep.PEOPLE, "plan.crisis.people");
        line(text, plan, PlanStep.COPING, "plan.crisis.coping");
        return text.length() == 0 ? Optional.empty() : Optional.of(messages.require("plan.crisis.intro") + text);
    }

    private void line(StringBuilder text, SafetyPlan plan, PlanStep step, String key) {
        plan.text(step).ifPresent(words -> text.append('\n').append(messages.format(key, "text", brief(words))));
    }

    /** A step's words on one line, cut at a word near {@link #CRISIS_CHARS}. */
    static String brief(String words) {
        String oneLine = words.strip().replaceAll("\\s*\\n+\\s*", "; ");
        if (oneLine.length() <= CRISIS_CHARS) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', CRISIS_CHARS);
        return oneLine.substring(0, cut > CRISIS_CHARS / 2 ? cut : CRISIS_CHARS).strip() + "…";
    }
}
