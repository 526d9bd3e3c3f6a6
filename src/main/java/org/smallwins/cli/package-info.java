/**
 * The {@code ./bot} command line (picocli) and the wiring of one running Small Wins ({@code App}):
 * the only place that knows every package.
 */
package org.smallwins.cli;
