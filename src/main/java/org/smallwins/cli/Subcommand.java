package org.smallwins.cli;

import java.util.concurrent.Callable;

/** A {@code bot} command: {@link Main} hands it the {@link Terminal} it runs with before it is called. */
abstract class Subcommand implements Callable<Integer> {
    Terminal terminal = Terminal.system();
}
