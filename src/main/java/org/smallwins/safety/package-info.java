/**
 * The risk check every message passes first ({@code RiskCheck}: a clinician-edited lexicon with idiom
 * guards and a trained model) and the crisis resources ({@code CrisisResources}), which are checked
 * facts.
 *
 * <p>May import {@code language} (tokens and sentences) and {@code config}. Never storage or a
 * transport: the check and the crisis reply must not wait on either.
 */
package org.smallwins.safety;
