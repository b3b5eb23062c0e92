package io.thoisu.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/** The records of a WARC file as (type, target) pairs, read with jwarc, for asserting what was archived. */
final class ArchiveContents {
    record Entry(String type, String target) {
    }

    private ArchiveContents() {
    }

    static List<Entry> of(Path warc) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
                String target = record instanceof WarcTargetRecord t ? t.target() : "";
                entries.add(new Entry(record.type(), target));
            }
        }
        return entries;
    }
}
