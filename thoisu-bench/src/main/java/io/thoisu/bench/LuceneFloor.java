package io.thoisu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * The floor every figure is divided by: plain Lucene indexing of the same texts with the standard analyzer. It is
 * measured in the same run as the stage, so a busy or slow machine moves both and the ratio stays meaningful.
 */
final class LuceneFloor {
    private LuceneFloor() {
    }

    static int index(List<String> texts, Directory directory) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return writer.getDocStats().numDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
