/**
 * The words the bot says: the messages bundle ({@code Messages}, from {@code config/messages.properties})
 * and the fair-current reframes and summaries ({@code ReplyComposer}).
 *
 * <p>May import {@code language} and {@code config}. Never storage or a transport.
 */
package org.smallwins.reframe;
