/**
 * The core: one event of a person in, the replies out ({@code Conversation}), the five-question review
 * ({@code ReviewFlow}), the crisis replies and the crisis state ({@code SafetyReplies}), the command
 * registry, and the ports storage implements ({@code ReviewStore}, {@code Outbox}, {@code Inbox},
 * {@code UnitOfWork}).
 *
 * <p>May import {@code language}, {@code safety}, {@code reframe} and {@code config}. Never
 * {@code org.telegram}, {@code storage}, {@code console} or {@code cli}: transports and storage
 * depend on the core, not the other way round.
 */
package org.smallwins.review;
