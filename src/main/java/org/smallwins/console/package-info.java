/**
 * The terminal adapter ({@code ./bot chat}): one local person, one line a message, replies printed
 * from the outbox with their choices numbered.
 *
 * <p>May import {@code review}. Never {@code org.telegram} or {@code storage}.
 */
package org.smallwins.console;
