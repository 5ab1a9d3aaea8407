package org.crossing.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"crossing " + (version == null ? "development" : version)};
    }
}
