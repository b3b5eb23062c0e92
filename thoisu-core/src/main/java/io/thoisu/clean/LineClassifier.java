package io.thoisu.clean;

import io.thoisu.model.Caption;
import io.thoisu.model.LineRole;
import io.thoisu.model.Published;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * Decides what each line of a page is from its words and, in HTML, the role its markup gives it: a widget, site
 * furniture, a dateline, a caption, an image's alt text, a credit, a byline or content. One line at a time; the
 * passes over blocks of lines ({@link PageBlocks}) and the split into articles ({@link ArticleSplitter}) come after.
 * Immutable and thread-safe.
 */
final class LineClassifier {
    private final Outlets outlets;
    private final LineShapes shapes;
    private final FurnitureLearner.Snapshot furniture;

    LineClassifier(Outlets outlets, LineShapes shapes, FurnitureLearner.Snapshot furniture) {
        this.outlets = outlets;
        this.shapes = shapes;
        this.furniture = furniture;
    }

    /** The largest word limit of the tests {@link #classify} makes (a caption's). */
    private static final int MAX_TESTED_WORDS = 70;

    /** An aggregator's age at the end of a source line ("- 20 phút trước") has at most this many words. */
    private static final int RELATIVE_AGE_WORDS = 4;

    /**
     * "Hoàng Phúc · 1 giờ trước", "Mai Trâm · Hôm qua": a reader's name and the age of the comment, joined by a
     * middle dot (an aggregator joins an outlet and its age with a dash).
     */
    private static final java.util.regex.Pattern COMMENTER = java.util.regex.Pattern.compile(
            "^\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3}\\s*·\\s*(?:\\d{1,3}\\s+(?:giây|phút|tiếng|giờ|ngày|tuần|tháng|năm)"
                    + "\\s+trước|[Hh]ôm qua|[Vv]ừa xong)\\s*$");

    private static boolean isCommenter(String text) {
        return text.indexOf('·') > 0 && COMMENTER.matcher(text.strip()).matches();
    }

    /** Cells of a top bar other than its date and time have at most this many words (an outlet, a tool, a count). */
    private static final int MAX_BAR_CELL_WORDS = 5;

    /** Cells of a site's top bar that are its tools, as keys. */
    private static final java.util.Set<String> BAR_TOOLS = java.util.Set.of("đăng nhập", "đăng ký", "tìm kiếm",
            "menu", "rss", "english", "liên hệ", "đăng xuất", "tài khoản");

    /** Labels of who posted a page, in a bar with its time ("Đăng bởi: Phòng Truyền thông | 20/11/2026 16:30"). */
    private static final List<String> POSTED_BY = List.of("đăng bởi", "người đăng", "người cập nhật");

    private static boolean postedBy(String key) {
        return POSTED_BY.stream().anyMatch(key::startsWith);
    }

    /** Whether a cell of the barred line (as a key) is one of a site's tools or says who posted the page. */
    private static boolean hasBarTool(String key) {
        for (String cell : key.split("\\s\\|\\s")) {
            String c = cell.strip();
            if (BAR_TOOLS.contains(c) || postedBy(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell of a barred line is short: the bar around a date, no sentence in it. */
    private static boolean shortCells(String text) {
        String[] cells = text.split("\\s\\|\\s");
        if (cells.length < 2) {
            return false;
        }
        for (String cell : cells) {
            if (!LineShapes.wordsAtMost(cell, MAX_BAR_CELL_WORDS)) {
                return false;
            }
        }
        return true;
    }

    PageLine classify(String text, String key, Optional<LineRole> role, String outletKey) {
        if (role.isPresent() && role.get() == LineRole.ARTICLE_BREAK) {
            return new PageLine(text, text.isEmpty() ? LineKind.BREAK : LineKind.TEXT);
        }
        if (text.isEmpty()) {
            return new PageLine(text, LineKind.BLANK);
        }
        // Learned furniture comes before the page's structure: a box heading that half an outlet's pages repeat word
        // for word is the outlet's, not the article's, whatever element holds it.
        if (furniture.isFurnitureKey(outletKey, key)) {
            return new PageLine(text, LineKind.BOILERPLATE);
        }
        if (role.isPresent()) {
            PageLine byRole = classifyByRole(text, role.get());
            if (byRole != null) {
                return byRole;
            }
        }
        // Each test below holds only for lines up to a number of words; the words are counted once (up to the
        // largest limit) and each test skipped when the line is longer than its limit: most lines are paragraphs
        // that no test but the furniture ones can match, and counting words again in each test was a fifth of
        // the cleaner's time.
        int words = LineShapes.wordsOfNormalLine(text, MAX_TESTED_WORDS + 1);
        if (words <= 24 && PrintEdition.isFileDownload(text)) {
            // "Tải văn bản: Thông tư X (PDF, 1,1 MB)" links to another text; "Tải ảnh gốc (PNG, 2 MB)" is a tool
            return new PageLine(text, PrintEdition.isDocumentDownload(text) ? LineKind.TEASER : LineKind.WIDGET);
        }
        if (words <= 30 && PrintEdition.isIndexItem(text, key)) {
            return new PageLine(text, LineKind.TEASER);
        }
        if (words <= 40 && PrintEdition.isLayoutMarker(text, key)) {
            return new PageLine(text, LineKind.BOILERPLATE);
        }
        if (words <= 16 && text.contains(" | ") && (!DatelineParser.opensWithFactLabel(text) || postedBy(key))) {
            // "Ngày đăng: 17/11 09:00 | Cập nhật: 19/11 15:40": the page's time with its update, before the tool
            // words ("cập nhật") can make it a widget
            Optional<DatelineParser.Dateline> barred = DatelineParser.parseLine(text);
            if (barred.isPresent() && barred.get().leftover().isEmpty()) {
                PageLine l = new PageLine(text, LineKind.DATELINE);
                l.published = barred.get().published();
                return l;
            }
            // "An Ninh Tây Bắc | 17/09/2024 20:05 | Đăng nhập": a site's top bar with the outlet, the page's time
            // and a tool, each cell short; the time is the page's, the rest furniture (a bar with no tool in it may
            // be a byline's, "Ngọc Trâm | 03/12/2024 13:40", and is left to the byline rules)
            Optional<Published> inBar = shortCells(text) && hasBarTool(key) ? DatelineParser.findIn(text)
                    : Optional.empty();
            if (inBar.isPresent() && inBar.get().instant().isPresent()) {
                PageLine l = new PageLine(text, LineKind.DATELINE);
                l.published = inBar.get();
                return l;
            }
        }
        if (words <= 8 && isCommenter(text) && outlets.byName(text.substring(0, text.indexOf('·')).strip()).isEmpty()) {
            return new PageLine(text, LineKind.WIDGET); // "Hoàng Phúc · 1 giờ trước": who commented, and when
        }
        if (words <= 14 && (PageToolShapes.isPlayer(text) || PageToolShapes.isImageHint(text, key))) {
            return new PageLine(text, LineKind.WIDGET);
        }
        if (words <= 16 && PageToolShapes.isToolWidget(text, key) || words <= 40 && DataRuns.isTicker(text)
                || words <= 60 && PageToolShapes.isTool(text, key, words) || words <= 30 && ServiceNotices.isPaywall(text, key)) {
            return new PageLine(text, LineKind.WIDGET);
        }
        if (shapes.isBoilerplate(text, key)
                || words <= 8 && (RelatedLinks.isSeeAllLink(text, key) || RelatedLinks.isFullVersionLink(text, key))
                || words <= 14 && RelatedLinks.isFollowUs(text, key)
                || words <= 40 && ServiceNotices.isReleaseFurniture(text, key)
                || words <= 45 && ServiceNotices.isReaderNotice(text, key)
                || words <= 8 && RelatedLinks.isRelatedHeading(text, key) || words <= 12 && EditorNotes.isEditorNote(text, key)
                || EditorNotes.isCorrection(text, key)) {
            return new PageLine(text, LineKind.BOILERPLATE);
        }
        if (words <= 8 && (LineShapes.isTimeStamp(text) || DataRuns.isClock(text))) {
            return new PageLine(text, LineKind.DATELINE);
        }
        // A related link printed inside the article: "Xem thêm: …".
        if (words <= 50 && RelatedLinks.isRelatedLink(text, key) || words <= 20 && RelatedLinks.isDocumentLink(text, key)) {
            return new PageLine(text, LineKind.TEASER);
        }
        if (words > MAX_TESTED_WORDS) {
            // past every limit: only an image's alt text (up to 300 characters) can still match
            return new PageLine(text, shapes.isImageAlt(text) ? LineKind.IMAGE_ALT : LineKind.TEXT);
        }
        Optional<DatelineParser.Dateline> dateline = text.length() > DatelineParser.MAX_LINE_LENGTH
                || text.indexOf(':') > 0 && DatelineParser.opensWithFactLabel(text) ? Optional.empty()
                : DatelineParser.parseLine(text);
        if (dateline.isPresent()) {
            PageLine l = new PageLine(text, LineKind.DATELINE);
            l.published = dateline.get().published();
            String leftover = dateline.get().leftover();
            // "Hải Phong, ngày 10 tháng 4 năm 2025": the words before a comma that opens the line are a place
            l.names = leftover.isEmpty() || text.startsWith(leftover + ",") || DatelineParser.isMasthead(text) ? List.of()
                    : shapes.byline(leftover).orElse(List.of());
            l.source = outlets.byName(dateline.get().leftover()).map(Outlets.Outlet::name).orElse(null);
            return l;
        }
        if (shapes.isImageAlt(text)) {
            return new PageLine(text, LineKind.IMAGE_ALT);
        }
        Optional<List<String>> joint = words <= 20 ? shapes.jointCredit(text) : Optional.empty();
        if (joint.isPresent()) {
            PageLine l = new PageLine(text, LineKind.BYLINE); // the writer, then who made the pictures
            l.names = joint.get();
            return l;
        }
        Optional<Caption> caption = shapes.caption(text);
        if (caption.isPresent() && caption.get().text().isBlank() && shapes.isMakerCredit(text)) {
            // "Đồ họa: Lê An" alone on its line credits the page's graphic's maker: no photo stands above it
            return new PageLine(text, LineKind.BYLINE);
        }
        if (caption.isPresent()) {
            PageLine l = new PageLine(text, LineKind.CAPTION);
            l.caption = caption.get();
            return l;
        }
        if (words <= 14 && shapes.isWidget(text)) {
            return new PageLine(text, LineKind.WIDGET);
        }
        if (AuthorLines.isReviewerCredit(text)) {
            return new PageLine(text, LineKind.BYLINE); // names no author: the reviewer did not write the text
        }
        if (words > RELATIVE_AGE_WORDS + 8 && !(words <= 24 && text.strip().endsWith(")"))
                && !(words <= 18 && LineShapes.hasBylinePrefix(text))) {
            return new PageLine(text, LineKind.TEXT); // too long for a source, a credit or a byline
        }
        Optional<String> source = shapes.source(text);
        if (source.isPresent()) {
            PageLine l = new PageLine(text, LineKind.SOURCE);
            // "Theo Báo Hậu Giang Đông": an outlet the table lacks is still named, as the credit spells it.
            l.source = outlets.byName(source.get()).map(Outlets.Outlet::name)
                    .orElse(LineShapes.isCreditName(source.get()) ? source.get() : null);
            return l;
        }
        if (shapes.isMakerCredit(text)) {
            return new PageLine(text, LineKind.BYLINE); // "Thiết kế: Lê An" made the page but did not write it
        }
        Optional<List<String>> names = shapes.byline(text);
        if (names.isPresent()) {
            PageLine l = new PageLine(text, LineKind.BYLINE);
            l.names = names.get();
            return l;
        }
        return new PageLine(text, LineKind.TEXT);
    }

    /** What the page structure says, when the words do not contradict it; null to decide from the words. */
    private PageLine classifyByRole(String text, LineRole role) {
        switch (role) {
            case CAPTION: {
                PageLine l = new PageLine(text, LineKind.CAPTION);
                l.caption = shapes.caption(text).orElse(new Caption(text, Optional.empty()));
                return l;
            }
            case IMAGE_ALT:
                return new PageLine(text, LineKind.IMAGE_ALT);
            case TEASER:
                // the heading of a related box is marked with its links; it is the box's label, not a link
                // so is the box's "see all" link ("Xem tất cả bài viết")
                return new PageLine(text, RelatedLinks.isRelatedHeading(text)
                        || RelatedLinks.isSeeAllLink(text, VietnameseNormalizer.key(text)) ? LineKind.BOILERPLATE : LineKind.TEASER);
            case WIDGET:
                return new PageLine(text, LineKind.WIDGET);
            case FURNITURE:
                // a tool bar (font size, print, mail) inside the page's furniture is still a widget
                return new PageLine(text, shapes.isWidget(text) || PageToolShapes.isToolWidget(text, VietnameseNormalizer.key(text))
                        || PageToolShapes.isTool(text) ? LineKind.WIDGET : LineKind.BOILERPLATE);
            case TITLE:
                // A box marked "headline" also holds the date under the headline.
                return LineShapes.wordsAtMost(text, 40) && DatelineParser.parseLine(text).isEmpty()
                        && !LineShapes.isTimeStamp(text) ? new PageLine(text, LineKind.TITLE) : null;
            case HEADING:
                if (ServiceNotices.isPaywall(text, VietnameseNormalizer.key(text))) {
                    return new PageLine(text, LineKind.WIDGET); // the paywall box's own heading
                }
                if (RelatedLinks.isRelatedHeading(text)) {
                    return new PageLine(text, LineKind.BOILERPLATE); // "Các tin khác" over a list of links
                }
                return LineShapes.hasTitleShape(text) ? new PageLine(text, LineKind.HEADING) : null;
            case DATELINE: {
                Optional<Published> p = DatelineParser.findIn(text);
                if (p.isEmpty() || !LineShapes.wordsAtMost(text, 20)) {
                    return null;
                }
                PageLine l = new PageLine(text, LineKind.DATELINE);
                l.published = p.get();
                return l;
            }
            case BYLINE: {
                if (!LineShapes.wordsAtMost(text, 12) || shapes.source(text).isPresent()) {
                    return null;
                }
                PageLine l = new PageLine(text, LineKind.BYLINE);
                l.names = shapes.byline(text).orElse(List.of());
                return l;
            }
            default:
                return null;
        }
    }
}
