package org.crossing.app.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The people who may open the studio beside a running node: a file in the data folder
 * ({@value #FILE_NAME}), one line per user, {@code NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH}.
 * Passwords are hashed with PBKDF2 from the JDK (HMAC-SHA256, 310,000 iterations, 16-byte salt),
 * never stored; the file is written whole through a temporary file and readable by its owner only.
 */
public final class StudioUsers {

    public static final String FILE_NAME = "studio-users";
    static final int ITERATIONS = 310_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> hashes;

    private StudioUsers(Map<String, String> hashes) {
        this.hashes = hashes;
    }

    /** The users in {@code dataDir}; none when the file does not exist. Throws with the line when it is damaged. */
    public static StudioUsers load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Map<String, String> hashes = new LinkedHashMap<>();
        if (!Files.exists(file)) return new StudioUsers(hashes);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon < 1 || !line.startsWith("pbkdf2-sha256:", colon + 1) || line.substring(colon + 1).split(":").length != 4) {
                throw new IOException(file + ":" + (i + 1) + ": not a studio user line (NAME:pbkdf2-sha256:ITERATIONS:SALT:HASH); "
                        + "make users with: crossing studio-user add NAME");
            }
            hashes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return new StudioUsers(hashes);
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    public List<String> names() {
        return List.copyOf(hashes.keySet());
    }

    /** Whether {@code name} is a valid user name: letters, digits, '.', '_' or '-', at most 64. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Checks a password in constant time for its length; an unknown user costs the same as a known one. */
    public boolean verify(String name, String password) {
        String stored = name == null ? null : hashes.get(name);
        String[] parts = (stored == null ? "pbkdf2-sha256:" + ITERATIONS + ":AAAAAAAAAAAAAAAAAAAAAA:AAAA" : stored).split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = hash(password == null ? "" : password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && stored != null;
    }

    /** Adds or replaces a user and writes the file. */
    public static void put(Path dataDir, String name, String password) throws IOException {
        if (!validName(name)) throw new IllegalArgumentException("a user name is letters, digits, '.', '_' or '-', at most 64");
        StudioUsers users = load(dataDir);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        users.hashes.put(name, "pbkdf2-sha256:" + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(hash(password, salt, ITERATIONS)));
        StringBuilder out = new StringBuilder("# Crossing studio users: made by 'crossing studio-user add NAME'. Passwords are hashed.\n");
        users.hashes.forEach((user, hash) -> out.append(user).append(':').append(hash).append('\n'));
        Files.createDirectories(dataDir);
        Path temp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep its defaults
            }
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            try {
                Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static byte[] hash(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
