package io.thoisu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every text stage of thoisu keeps, checked the same way for all of them (in the spirit of Lucene's
 * BaseTokenStreamTestCase): offsets inside the input and ordered, the same output when the stage is reused and
 * when several threads share it, and no exception on hostile Unicode. A stage test extends this class (or a
 * module's adapter of it), names a few realistic inputs, and adds its own behavioural tests.
 *
 * @param <T> what the stage outputs for one input, one element per span
 */
public abstract class StageContract<T> {

    /** Runs the stage on one text. */
    protected abstract List<T> process(String text);

    protected abstract int start(T item);

    protected abstract int end(T item);

    /** Realistic inputs that exercise the stage; the contract checks run on each of them. */
    protected abstract List<String> samples();

    /** Whether spans must not overlap (tokens, sentences) or may nest (entities inside quotes). */
    protected boolean spansMayOverlap() {
        return false;
    }

    /** How many random strings the robustness test feeds in. */
    protected int randomRounds() {
        return 300;
    }

    @Test
    public void offsetsAreInBoundsAndOrdered() {
        for (String sample : samples()) {
            checkOffsets(sample, process(sample));
        }
    }

    @Test
    public void reuseGivesTheSameOutput() {
        for (String sample : samples()) {
            List<T> first = process(sample);
            process("Một văn bản khác ở giữa, để trạng thái cũ nếu có sẽ lộ ra.");
            assertThat(process(sample)).as("second run on: %s", sample).isEqualTo(first);
        }
    }

    @Test
    public void threadsSharingTheStageAgree() throws Exception {
        List<String> inputs = new ArrayList<>(samples());
        RandomText random = new RandomText(7);
        for (int i = 0; i < 20; i++) {
            inputs.add(random.next(60));
        }
        List<List<T>> expected = inputs.stream().map(this::process).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            if (!process(inputs.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(2, TimeUnit.MINUTES)).as("a thread saw different output").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void hostileUnicodeNeverThrows() {
        RandomText random = new RandomText(20260101L);
        for (int i = 0; i < randomRounds(); i++) {
            String text = random.next(80);
            assertThatCode(() -> checkOffsets(text, process(text))).as("input: %s", escape(text))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    public void emptyInputGivesNothing() {
        assertThat(process("")).isEmpty();
    }

    private void checkOffsets(String text, List<T> items) {
        int previousStart = -1;
        int previousEnd = 0;
        for (T item : items) {
            int s = start(item);
            int e = end(item);
            assertThat(s).as("start of %s", item).isBetween(0, text.length());
            assertThat(e).as("end of %s", item).isBetween(s, text.length());
            assertThat(s).as("spans ordered by start: %s", item).isGreaterThanOrEqualTo(previousStart);
            if (!spansMayOverlap()) {
                assertThat(s).as("no overlap: %s", item).isGreaterThanOrEqualTo(previousEnd);
            }
            previousStart = s;
            previousEnd = e;
        }
    }

    /** Shows invisible characters in assertion messages. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
