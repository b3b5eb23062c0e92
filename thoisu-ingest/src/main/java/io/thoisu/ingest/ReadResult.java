package io.thoisu.ingest;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.util.List;

/** What a reader got out of one input: the documents it could decode and the parts it had to reject. */
public record ReadResult(List<RawDocument> documents, List<Rejection> rejections) {
    public ReadResult {
        documents = List.copyOf(documents);
        rejections = List.copyOf(rejections);
    }
}
