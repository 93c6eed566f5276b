package io.liteci.cli;

import io.liteci.Engine;
import picocli.CommandLine;

/**
 * Tells picocli the version of LiteCI.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"liteci " + Engine.version()};
    }
}
