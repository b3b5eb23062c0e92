package io.thoisu.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds {@code ../shared} (seeds, corpora) for evaluations and seed tests. It is never copied into the project.
 * Outside CI a missing folder skips the test; in CI ({@code CI=true}) it fails, so a broken checkout cannot pass
 * quietly.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("thoisu.shared");
        Path candidate = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(candidate)) {
            candidate = Path.of("..", "..", "shared");
        }
        return candidate.toAbsolutePath().normalize();
    }

    /** The path under {@code ../shared}, or the test is skipped (failed in CI) when it is not there. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        boolean present = Files.exists(p);
        if (!present && inCi()) {
            throw new AssertionError("CI=true but " + p + " is missing: evaluations must not skip in CI");
        }
        assumeTrue(present, () -> p + " is not here; skipping");
        return p;
    }

    public static boolean inCi() {
        return "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
    }
}
