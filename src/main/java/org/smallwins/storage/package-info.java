/**
 * H2 with Flyway migrations ({@code db/migration}): the stores behind the core's ports, sharing one
 * transaction per event ({@code Transactions}). SQL is kept portable to PostgreSQL.
 *
 * <p>May import {@code review} (the ports and records it implements) and the records of other
 * features. Never a transport.
 */
package org.smallwins.storage;
