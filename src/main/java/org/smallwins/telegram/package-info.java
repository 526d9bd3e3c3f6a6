/**
 * The Telegram adapter, and the only package that imports {@code org.telegram.*}: long polling,
 * the durable inbox, per-chat ordering, inline keyboards and the paced sender that drains the outbox.
 *
 * <p>May import {@code review} and {@code reframe}. The polling thread does no NLP or database work.
 */
package org.smallwins.telegram;
