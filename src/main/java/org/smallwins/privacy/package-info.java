/**
 * The person owns their data: what is exported, erased and deleted with age, independent of where it is
 * stored and how it is sent.
 *
 * <p>{@link org.smallwins.privacy.PersonExport} is everything stored about one person, as a tree of
 * records; {@link org.smallwins.privacy.MarkdownExport} and {@link org.smallwins.privacy.JsonExport} turn
 * it into the two files {@code /export} sends. {@link org.smallwins.privacy.PersonData} is the port that
 * storage implements (export, erase, delete with age); {@link org.smallwins.privacy.RetentionJob} runs the
 * deletion with age daily.
 *
 * <p>May import: {@code org.smallwins.reframe.Messages} (every sentence around the data lives in
 * {@code config/messages.properties} under {@code export.*}), {@code org.smallwins.config}, Jackson and
 * SLF4J. Must not import storage, Telegram, the terminal or the review core: storage depends on this
 * package, not the other way round. Nothing here logs a person's words or key.
 */
package org.smallwins.privacy;
