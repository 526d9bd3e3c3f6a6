/**
 * A person's own safety plan (the Stanley–Brown Safety Planning Intervention, the same steps as the UK
 * "Staying Safe" plan), written in a calm guided conversation ({@code /safetyplan}) and put in front of
 * them, in their own words, when a crisis reply goes out; and a short grounding exercise
 * ({@code /grounding}) for the crisis state.
 *
 * <p>May import: {@code org.smallwins.review} (commands, replies, the {@code SafetyPlanPort} it
 * implements), {@code org.smallwins.reframe.Messages} (every sentence), {@code org.smallwins.safety}
 * (the assessment and the crisis numbers, never retyped) and {@code org.smallwins.language}
 * (text clean-up). Never {@code org.telegram.*}, never {@code org.smallwins.storage}: the plan is kept
 * through the {@link org.smallwins.safetyplan.SafetyPlanStore} port, which storage implements.
 */
package org.smallwins.safetyplan;
