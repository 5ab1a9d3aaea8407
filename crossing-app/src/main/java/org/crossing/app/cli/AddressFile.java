package org.crossing.app.cli;

import java.nio.file.Path;

/**
 * The file in a node's data folder where {@code crossing serve} keeps the address players use,
 * so that {@code crossing invite} can put it in its links when it is given none.
 */
final class AddressFile {

    private AddressFile() {}

    /** The address file of the data folder {@code data}. */
    static Path in(Path data) {
        return data.resolve("address");
    }
}
