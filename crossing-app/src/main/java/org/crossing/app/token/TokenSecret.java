package org.crossing.app.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the token secret comes from: the configuration when given (every node behind a load
 * balancer must share it), otherwise a file in the data folder, generated on first run.
 */
public final class TokenSecret {

    public static final String FILE_NAME = "token-secret";
    static final int MIN_LENGTH = 32;

    private TokenSecret() {}

    /**
     * The secret's bytes.
     *
     * @param configured the configured secret, or null to use (or create) {@code dataDir/token-secret}
     * @throws IllegalArgumentException with a message for the operator when the secret is unusable
     */
    public static byte[] load(String configured, Path dataDir) throws IOException {
        if (configured != null && !configured.isBlank()) return fromText(configured.strip(), "the configured token secret");
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) create(file);
        return fromText(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
    }

    private static byte[] fromText(String text, String where) {
        if (text.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + " is shorter than " + MIN_LENGTH
                    + " characters; use a long random text, such as the output of 'openssl rand -base64 32'");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random) + "\n";
        try {
            // Readable by the owner only, where the file system knows permissions.
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another process created it first: use theirs
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    }
}
