package io.thoisu.entity;

import io.thoisu.text.SentenceSplitter;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prints a set's entity errors (missed and spurious mentions with context) when asked with
 * {@code -Dthoisu.entity.errors=<set directory under extraction/>}, e.g. {@code heldout4}; skipped otherwise. A
 * listing is for grouping errors into classes; it must never be run on a set that is still held out.
 */
class EntityErrorListingTest {
    @Test
    void printErrorsOfTheRequestedSet() throws Exception {
        String set = System.getProperty("thoisu.entity.errors", "");
        Assumptions.assumeFalse(set.isBlank(), "no set requested");
        Path dir = Path.of("src/test/resources/io/thoisu/extraction").resolve(set);
        EntityEvaluation.Report r = EntityEvaluation.evaluate(dir, new SentenceSplitter()::split);
        r.format().forEach(l -> System.out.println("[" + set + "] " + l));
        r.errors().forEach(l -> System.out.println("[" + set + "] " + l));
    }
}
