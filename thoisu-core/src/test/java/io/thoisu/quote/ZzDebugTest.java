package io.thoisu.quote;

import io.thoisu.entity.AnnotatedArticle;
import io.thoisu.entity.EntityRecognizer;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZzDebugTest {
    @Test
    void dump() throws Exception {
        String spec = System.getProperty("dbg", "");
        if (spec.isEmpty()) return;
        EntityRecognizer r = new EntityRecognizer();
        QuoteExtractor x = new QuoteExtractor();
        for (String item : spec.split(";")) {
            String[] p = item.split("@");
            Path f = Path.of("src/test/resources/io/thoisu/extraction/" + p[0]);
            AnnotatedArticle a = AnnotatedArticle.parse(f.getFileName().toString(), Files.readString(f));
            String text = a.article().text();
            List<Sentence> ss = new SentenceSplitter().split(text);
            List<EntityMention> es = r.recognize(text, ss);
            List<Quote> qs = x.extract(text, ss, es);
            int at = text.indexOf(p[1]);
            int from = Math.max(0, at - 300), to = Math.min(text.length(), at + 300);
            System.out.println("=== " + item);
            for (EntityMention m : es) if (m.end() > from && m.start() < to)
                System.out.println("  E " + m.type() + " [" + m.text() + "] -> " + m.canonical());
            for (Quote q : qs) if (q.end() > from && q.start() < to)
                System.out.println("  Q [" + q.speaker().orElse("-") + "] " + q.text());
        }
    }
}
