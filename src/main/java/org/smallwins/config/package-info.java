/**
 * Reads the files of {@code config/} (packed into the jar by the build; {@code ./bot} rebuilds it when one changes), where
 * clinicians and operators change wording, risk phrases, crisis numbers and settings.
 *
 * <p>Imports nothing of ours.
 */
package org.smallwins.config;
