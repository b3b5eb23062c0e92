package io.thoisu.store;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.pipeline.CorpusSnapshot;
import io.thoisu.pipeline.CorpusStages;
import io.thoisu.dedup.DuplicateDetectorSnapshot;
import io.thoisu.entity.EntityResolver;
import io.thoisu.story.StoryClustererSnapshot;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus stages' state as saved in the store: which snapshots could be read back, and the JSON rows to save.
 *
 * <p>Snapshots are written by Jackson from the stages' own snapshot records (records, {@code Optional},
 * {@code java.time}), never field by field, so a stage may change its snapshot without a change here. What guards
 * against reading a snapshot written by another version is its format version: a hash of the record's component
 * structure (names and generic types, through nested records) and of the JSON of a fresh stage's snapshot, which
 * carries the stage's settings. A changed structure or changed settings thus make the saved state unreadable, and the
 * stage restarts from scratch; a change of a model that is not in the snapshot needs {@code ingest --recluster}.
 */
public final class CorpusState {
    public static final String FURNITURE = "furniture";
    public static final String DUPLICATES = "duplicates";
    public static final String STORIES = "stories";
    public static final String ENTITIES = "entities";

    private static final FurnitureLearner.Snapshot FRESH_FURNITURE = new FurnitureLearner().snapshot();
    private static final CorpusSnapshot FRESH_CORPUS = CorpusStages.fresh().snapshot();
    private static final String FURNITURE_VERSION = formatVersion(FurnitureLearner.Snapshot.class, FRESH_FURNITURE);
    private static final String DUPLICATES_VERSION =
            formatVersion(DuplicateDetectorSnapshot.class, FRESH_CORPUS.duplicates());
    private static final String STORIES_VERSION = formatVersion(StoryClustererSnapshot.class, FRESH_CORPUS.stories());
    private static final String ENTITIES_VERSION =
            formatVersion(EntityResolver.Snapshot.class, FRESH_CORPUS.entities());

    private final Optional<FurnitureLearner.Snapshot> furniture;
    private final long furnitureDocuments;
    private final Optional<CorpusSnapshot> corpus;
    private final List<String> notes;

    private CorpusState(Optional<FurnitureLearner.Snapshot> furniture, long furnitureDocuments,
                        Optional<CorpusSnapshot> corpus, List<String> notes) {
        this.furniture = furniture;
        this.furnitureDocuments = furnitureDocuments;
        this.corpus = corpus;
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads the saved state. {@code fromScratch} ignores it (an explicit full recompute). A stage whose row is
     * missing, of another format version or unreadable comes back empty, with a note saying why when the store
     * already holds articles (a new store has nothing to recompute, and nothing worth saying).
     */
    public static CorpusState load(ArticleStore store, boolean fromScratch) {
        List<String> notes = new ArrayList<>();
        if (fromScratch) {
            notes.add("corpus stages recomputed from scratch, as asked");
            return new CorpusState(Optional.empty(), 0, Optional.empty(), notes);
        }
        Map<String, StageSnapshot> saved = store.corpusState();
        boolean hasArticles = store.articleCount() > 0;
        Optional<FurnitureLearner.Snapshot> furniture =
                decode(saved.get(FURNITURE), FurnitureLearner.Snapshot.class, FURNITURE_VERSION, notes);
        Optional<DuplicateDetectorSnapshot> duplicates =
                decode(saved.get(DUPLICATES), DuplicateDetectorSnapshot.class, DUPLICATES_VERSION, notes);
        Optional<StoryClustererSnapshot> stories =
                decode(saved.get(STORIES), StoryClustererSnapshot.class, STORIES_VERSION, notes);
        Optional<EntityResolver.Snapshot> entities =
                decode(saved.get(ENTITIES), EntityResolver.Snapshot.class, ENTITIES_VERSION, notes);
        Optional<CorpusSnapshot> corpus = Optional.empty();
        if (duplicates.isPresent() && stories.isPresent() && entities.isPresent()) {
            corpus = Optional.of(new CorpusSnapshot(duplicates.get(), stories.get(), entities.get(),
                    saved.get(STORIES).fedCount()));
        } else if (hasArticles) {
            // the article stages are fed the same articles, so one missing state restarts all three
            notes.add("duplicates, stories and entity aliases recomputed from scratch over every stored article");
        }
        if (!hasArticles) {
            notes.clear();
        }
        return new CorpusState(furniture, furniture.isPresent() ? saved.get(FURNITURE).fedCount() : 0, corpus,
                notes);
    }

    /** The furniture learned by earlier ingests; empty when there is none to build on. */
    public Optional<FurnitureLearner.Snapshot> furniture() {
        return furniture;
    }

    /** How many documents the saved furniture counted. */
    public long furnitureDocuments() {
        return furnitureDocuments;
    }

    /** The article stages' saved state; empty means they restart from scratch over every stored article. */
    public Optional<CorpusSnapshot> corpus() {
        return corpus;
    }

    /** What a summary should tell: a stage that could not build on its saved state, and why. */
    public List<String> notes() {
        return notes;
    }

    /** The rows to save for these snapshots, stamped {@code now}. */
    public static List<StageSnapshot> rows(FurnitureLearner.Snapshot furniture, long documents, CorpusSnapshot corpus,
                                           Instant now) {
        return List.of(
                new StageSnapshot(FURNITURE, FURNITURE_VERSION, SnapshotJson.write(furniture), documents, now),
                new StageSnapshot(DUPLICATES, DUPLICATES_VERSION, SnapshotJson.write(corpus.duplicates()), corpus.fed(),
                        now),
                new StageSnapshot(STORIES, STORIES_VERSION, SnapshotJson.write(corpus.stories()), corpus.fed(), now),
                new StageSnapshot(ENTITIES, ENTITIES_VERSION, SnapshotJson.write(corpus.entities()), corpus.fed(),
                        now));
    }

    private static <T extends Record> Optional<T> decode(StageSnapshot row, Class<T> type, String version,
                                                         List<String> notes) {
        if (row == null) {
            return Optional.empty();
        }
        if (!row.formatVersion().equals(version)) {
            notes.add(row.stage() + " state was saved by another version (format " + row.formatVersion()
                    + ", this version " + version + "): recomputed from scratch");
            return Optional.empty();
        }
        try {
            return Optional.of(SnapshotJson.read(row.json(), type));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            notes.add(row.stage() + " state could not be read (" + e.getMessage() + "): recomputed from scratch");
            return Optional.empty();
        }
    }

    /**
     * A short hash of a snapshot record's structure (component names and generic types, nested records and enum
     * constants included) and of the JSON of a fresh stage's snapshot (its settings).
     */
    static <T extends Record> String formatVersion(Class<T> type, T fresh) {
        StringBuilder shape = new StringBuilder();
        describe(type, shape, new HashSet<>());
        shape.append('\n').append(SnapshotJson.write(fresh));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Package-visible for tests: the structure a format version hashes. */
    static String structureOf(Class<?> type) {
        StringBuilder shape = new StringBuilder();
        describe(type, shape, new HashSet<>());
        return shape.toString();
    }

    private static void describe(Type t, StringBuilder out, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            describe(p.getRawType(), out, seen);
            out.append('<');
            for (Type arg : p.getActualTypeArguments()) {
                describe(arg, out, seen);
                out.append(',');
            }
            out.append('>');
        } else if (t instanceof GenericArrayType g) {
            describe(g.getGenericComponentType(), out, seen);
            out.append("[]");
        } else if (t instanceof Class<?> c) {
            if (c.isArray()) {
                describe(c.getComponentType(), out, seen);
                out.append("[]");
                return;
            }
            out.append(c.getName());
            if (!seen.add(c)) {
                return;
            }
            if (c.isRecord()) {
                out.append('{');
                for (RecordComponent rc : c.getRecordComponents()) {
                    out.append(rc.getName()).append(':');
                    describe(rc.getGenericType(), out, seen);
                    out.append(';');
                }
                out.append('}');
            } else if (c.isEnum()) {
                out.append('{');
                for (Object constant : c.getEnumConstants()) {
                    out.append(constant).append(';');
                }
                out.append('}');
            }
        } else {
            out.append(t.getTypeName());
        }
    }
}
