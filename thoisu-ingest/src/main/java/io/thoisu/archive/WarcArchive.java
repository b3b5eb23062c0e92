package io.thoisu.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A directory of rotating, gzip-compressed WARC files that fetched responses are written to.
 *
 * <ul>
 *   <li>Files are named {@code thoisu-YYYYMMDDHHMMSS-NNNNN.warc.gz}: the UTC time the file was opened and a serial
 *       number that keeps growing across restarts (the next one after the highest already in the directory).</li>
 *   <li>While a file is being written it is hidden and its name ends in {@value #OPEN_SUFFIX}
 *       ({@code .thoisu-…warc.gz.open}): {@link io.thoisu.ingest.Inputs} neither reads it as a WARC nor reports it
 *       (a folder's hidden files are not walked). It is renamed to its {@code .warc.gz} name when it is rolled: when it grows past the size limit, on
 *       {@link #roll()}, and on {@link #close()}. So a {@code .warc.gz} in the directory is always complete.</li>
 *   <li>Each file starts with a {@code warcinfo} record naming the software and the crawl's settings.</li>
 *   <li>Records are written in groups ({@link #write}) under one lock, so the records of one fetch stay together
 *       (a reader attaches a metadata record to the response just before it) even when several threads fetch.
 *       Each record is its own gzip member, and a group is forced to disk before the call returns. A group that
 *       fails half-way is cut off the file again and the file rolled, so no half-record is left behind.</li>
 *   <li>A {@code .open} file left by a crash is repaired when the archive is next opened: cut back to its last whole
 *       record (each record is one gzip member, see {@link GzipMembers}) and renamed to its {@code .warc.gz} name,
 *       among the files {@link #takeClosed()} hands out.</li>
 * </ul>
 * Thread-safe.
 */
public final class WarcArchive implements AutoCloseable {
    public static final String PREFIX = "thoisu-";
    public static final String SUFFIX = ".warc.gz";
    public static final String OPEN_SUFFIX = ".open";
    /** 1 GB, the customary size of a crawl's WARC files. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000_000L;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\.)?" +
            Pattern.quote(PREFIX) + "\\d{14}-(\\d{5,})" + Pattern.quote(SUFFIX) + "(" + Pattern.quote(OPEN_SUFFIX) + ")?");

    /** Where a record was written: the file's complete ({@code .warc.gz}) name, and the record's byte offset. */
    public record Position(Path file, long offset) {
    }

    private final Path dir;
    private final long maxFileBytes;
    private final InstantSource clock;
    private final Map<String, List<String>> info;
    private final List<Path> closedSinceTaken = new ArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thoisu-warc-writer");
        t.setDaemon(true);
        return t;
    });
    private long serial;
    private Current current;
    private boolean shut;

    private record Current(Path open, Path done, FileChannel channel, WarcWriter writer) {
    }

    /**
     * @param info fields of each file's warcinfo record (software, operator, the User-Agent…), in order
     */
    public WarcArchive(Path dir, long maxFileBytes, InstantSource clock, Map<String, String> info) throws IOException {
        this.dir = Objects.requireNonNull(dir, "dir");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
        this.maxFileBytes = maxFileBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        info.forEach((k, v) -> fields.put(k, List.of(v)));
        fields.putIfAbsent("format", List.of("WARC File Format 1.1"));
        this.info = Map.copyOf(fields);
        Files.createDirectories(dir);
        this.serial = recoverAndFindLastSerial();
    }

    /** An archive in {@code dir} with 1 GB files and the system clock for file names. */
    public static WarcArchive open(Path dir, Map<String, String> info) throws IOException {
        return new WarcArchive(dir, DEFAULT_MAX_FILE_BYTES, InstantSource.system(), info);
    }

    public Path directory() {
        return dir;
    }

    /**
     * Writes the records one after another in the current file (opening one if none is open) and returns where the
     * record at index {@code primary} starts. Rolls the file afterwards when it has grown past the size limit.
     */
    public synchronized Position write(List<? extends WarcRecord> records, int primary) throws IOException {
        if (shut) {
            throw new IllegalStateException("the archive is closed");
        }
        Objects.checkIndex(primary, records.size());
        List<WarcRecord> group = List.copyOf(records);
        // The file is written on the archive's own thread: a FileChannel is closed by an interrupt of the thread
        // writing to it, and a Ctrl-C that interrupts a fetching thread must not cut a record in half or close the
        // file under every other fetch. The caller waits for the whole group, then gets its interrupt back.
        Future<Position> done = writer.submit(() -> writeGroup(group, primary));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IOException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Position writeGroup(List<WarcRecord> records, int primary) throws IOException {
        Current file = current != null ? current : openNext();
        long groupStart = file.channel().position();
        long primaryAt = groupStart;
        try {
            for (int i = 0; i < records.size(); i++) {
                if (i == primary) {
                    primaryAt = file.channel().position();
                }
                file.writer().write(records.get(i));
            }
            file.channel().force(false);
        } catch (IOException | RuntimeException e) {
            // Leave the file as it was before this group, then start afresh in a new file.
            try {
                file.channel().truncate(groupStart);
            } catch (IOException ignored) {
                // the reader still stops cleanly at the first damaged record
            }
            rollCurrent();
            throw e;
        }
        Position at = new Position(file.done(), primaryAt);
        if (file.channel().size() >= maxFileBytes) {
            rollCurrent();
        }
        return at;
    }

    /** Closes the file being written, if one is open, and returns its complete name; the next write opens another. */
    public synchronized Optional<Path> roll() {
        return Optional.ofNullable(rollCurrent());
    }

    /**
     * The files completed since the last call, oldest first: those rolled for size as well as by {@link #roll()}
     * and {@link #close()}. A caller that ingests the archive as it grows takes them here, and never misses one.
     */
    public synchronized List<Path> takeClosed() {
        List<Path> taken = List.copyOf(closedSinceTaken);
        closedSinceTaken.clear();
        return taken;
    }

    @Override
    public synchronized void close() {
        if (!shut) {
            shut = true;
            writer.shutdown();
        }
        rollCurrent();
    }

    private Path rollCurrent() {
        if (current == null) {
            return null;
        }
        Current file = current;
        current = null;
        try {
            file.writer().close();
            Files.move(file.open(), file.done(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not close WARC file " + file.open(), e);
        }
        closedSinceTaken.add(file.done());
        return file.done();
    }

    private Current openNext() throws IOException {
        serial++;
        String name = PREFIX + STAMP.format(clock.instant()) + "-" + String.format("%05d", serial) + SUFFIX;
        Path done = dir.resolve(name);
        Path open = dir.resolve("." + name + OPEN_SUFFIX);
        FileChannel channel = FileChannel.open(open, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder().date(clock.instant()).filename(name).fields(info).build());
        current = new Current(open, done, channel, writer);
        return current;
    }

    /** Renames what a crash left open, and returns the highest serial number in the directory. */
    private long recoverAndFindLastSerial() throws IOException {
        long highest = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String fileName = p.getFileName().toString();
                Matcher m = NAME.matcher(fileName);
                if (!m.matches()) {
                    continue;
                }
                highest = Math.max(highest, Long.parseLong(m.group(2)));
                if (m.group(3) != null) {
                    String doneName = fileName.substring(m.group(1) == null ? 0 : 1,
                            fileName.length() - OPEN_SUFFIX.length());
                    Path done = p.resolveSibling(doneName);
                    long whole = GzipMembers.wholeLength(p);
                    if (whole == 0) {
                        Files.delete(p); // the crash came before the warcinfo record was whole: nothing to keep
                        continue;
                    }
                    if (whole < Files.size(p)) {
                        try (FileChannel cut = FileChannel.open(p, StandardOpenOption.WRITE)) {
                            cut.truncate(whole); // the record the crash interrupted
                        }
                    }
                    if (!Files.exists(done)) {
                        Files.move(p, done, StandardCopyOption.ATOMIC_MOVE);
                        closedSinceTaken.add(done);
                    }
                }
            }
        }
        return highest;
    }
}
