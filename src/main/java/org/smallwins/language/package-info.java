/**
 * Language analysis with OpenNLP: sentences, tokens and UD part-of-speech tags ({@code NlpPipeline}),
 * minimising and should-demand cues, and the measuring stick (baseline) an answer uses, behind the
 * {@code TextAnalyzer} interface.
 *
 * <p>May import {@code config}. Nothing else of ours: every other package may use it.
 */
package org.smallwins.language;
