package io.thoisu.clean;

import io.thoisu.model.Article;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one raw page into its articles: normalises the lines (NFC, spaces), classifies each line (body, title,
 * dateline, byline, caption, image alt, teaser, widget, furniture: {@link LineClassifier}), revises the kinds that
 * depend on neighbouring lines ({@link PageBlocks}), splits pages that run several articles together
 * ({@link ArticleSplitter}) and makes each article with its metadata ({@link ArticleBuilder}, which also says how
 * ids are made). Pure and thread-safe.
 */
public final class PageCleaner {
    private final Outlets outlets;
    private final LineClassifier classifier;
    private final PageBlocks blocks;
    private final ArticleSplitter splitter;
    private final ArticleBuilder builder;

    public PageCleaner() {
        this(Outlets.standard(), FurnitureLearner.Snapshot.EMPTY);
    }

    public PageCleaner(Outlets outlets, FurnitureLearner.Snapshot furniture) {
        this(outlets, new LineShapes(), furniture);
    }

    private PageCleaner(Outlets outlets, LineShapes shapes, FurnitureLearner.Snapshot furniture) {
        this.outlets = outlets;
        this.classifier = new LineClassifier(outlets, shapes, furniture);
        this.blocks = new PageBlocks(shapes);
        this.splitter = new ArticleSplitter(outlets);
        this.builder = new ArticleBuilder(outlets, shapes);
    }

    /** The same cleaner reading furniture learned from a corpus. */
    public PageCleaner withFurniture(FurnitureLearner.Snapshot learned) {
        return new PageCleaner(outlets, learned);
    }

    public Outlets outlets() {
        return outlets;
    }

    /** The outlet key a corpus runner feeds {@link FurnitureLearner} with for this document. */
    public String outletKey(RawDocument doc) {
        DocumentHints h = doc.hints();
        return h.outlet().flatMap(outlets::byName).map(Outlets.Outlet::name)
                .or(() -> h.url().flatMap(outlets::bySite).map(Outlets.Outlet::name))
                .or(h::outlet).orElse("");
    }

    /** The lines of a document as the cleaner and {@link FurnitureLearner} see them. */
    public static List<String> lines(RawDocument doc) {
        String text = doc.text();
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        // A text in NFC has its lines in NFC (a line end neither composes nor reorders with anything): one check for
        // the whole text instead of one per line.
        boolean nfc = VietnameseNormalizer.nfc(text) == text;
        // Line ends are \r\n, \r or \n; the text after the last one is a line too, even when empty.
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(normalise(text.substring(start, i), nfc));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(normalise(text.substring(start), nfc));
        return out;
    }

    /** NFC, every run of spaces (tabs, no-break, zero-width and thin spaces, BOMs) one space, no space at the ends. */
    private static String normalise(String raw, boolean nfc) {
        String s = nfc ? raw : VietnameseNormalizer.nfc(raw);
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i + 1;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (sb == null && (c != ' ' || j > i + 1)) {
                    sb = new StringBuilder(n).append(s, 0, i);
                }
                if (sb != null) {
                    sb.append(' ');
                }
                i = j - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false; // most characters: one test
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u200B' || c == '\u2009' || c == '\uFEFF';
    }

    public List<Article> clean(RawDocument doc) {
        Judged judged = judge(doc);
        List<PageLine> lines = judged.lines();
        List<int[]> segments = judged.segments();
        Optional<Published> pageDate = ArticleBuilder.pageDate(lines, segments, doc.hints());
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < segments.size(); s++) {
            boolean later = s > 0;
            builder.build(doc, lines, segments.get(s), s, segments.size() > 1, ids)
                    .map(a -> later && a.published().isEmpty() && pageDate.isPresent()
                            ? ArticleBuilder.withPublished(a, pageDate.get()) : a)
                    .ifPresent(articles::add);
        }
        return List.copyOf(articles);
    }

    /** A page's lines with their final kinds and its segments ({@link ArticleSplitter#segment}), before articles. */
    record Judged(List<PageLine> lines, List<int[]> segments) {
    }

    /** Every line judged and the page split: what {@link #clean} builds its articles from (also for diagnostics). */
    Judged judge(RawDocument doc) {
        List<String> texts = lines(doc);
        String outletKey = outletKey(doc);
        List<PageLine> lines = new ArrayList<>(texts.size());
        LineKeys keys = new LineKeys();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String key = text.isEmpty() ? "" : keys.key(text);
            PageLine line = classifier.classify(text, key, doc.hints().roleOf(i), outletKey);
            line.key = key;
            lines.add(line);
        }
        DataRuns.markTables(lines);
        DataRuns.markMenuBars(lines);
        blocks.markDataBoxes(lines);
        DataRuns.markFactBoxes(lines);
        blocks.markSplitCaptions(lines);
        PageBlocks.markStampedHeadlineLists(lines);
        PageBlocks.markMediaBlocks(lines);
        PageBlocks.markReferenceLists(lines);
        PageBlocks.markContentsLists(lines);
        PageBlocks.markForeignSummaries(lines);
        blocks.markTruncatedTail(lines);
        blocks.markRelatedLists(lines);
        blocks.markLinkLeads(lines);
        blocks.markAuthorBoxes(lines);
        blocks.markCommentThreads(lines);
        blocks.markAboutBlocks(lines);
        PageBlocks.markAdvertisements(lines);
        List<int[]> segments = splitter.segment(lines, doc.hints());
        blocks.markPullQuotes(lines, segments);
        PageBlocks.markHeadLabels(lines, segments);
        StoryTail.markTrailingHeadlines(lines, segments);
        PageBlocks.markSignatureTails(lines, segments);
        StoryTail.markTailButtons(lines, segments);
        // last, once the head's labels are known: a document's frame starts no article of its own
        return new Judged(lines, OfficialDocuments.markFrame(lines, segments));
    }
}
