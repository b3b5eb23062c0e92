package io.thoisu.ingest.html;

import io.thoisu.model.LineRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens a page body into lines, one per block element, and records the role the markup gives each line
 * (figcaption → caption, h1 → title, img and amp-img alt → image alt, a "related"/"comment"/"share"/"tags" box →
 * teaser, widget or furniture, a small form's box or a button → widget, the heading of a list of links → furniture, each
 * {@code <article>} of a page with several → an empty article-break line before it).
 */
public final class PageFlattener {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "figcaption", "figure", "blockquote", "section", "article", "header", "main", "table", "tr", "td", "th",
            "dt", "dd", "dl", "pre", "time", "address", "hr", "center", "summary", "details", "caption", "body");
    private static final Pattern TEASER = Pattern.compile("relate|lien-quan|cung-chu-de|cung-chuyen-muc|lienquan|tin-khac|tinkhac|readmore|read-more|"
            + "suggest|recommend|box-news|more-news|see-also|xem-them|most-read|docnhieu|doc-nhieu|tin-moi|latest|trending|"
            + "same-(?:section|cat|category|topic|zone)|other-(?:news|posts|items)|\\bothers\\b");
    private static final Pattern WIDGET = Pattern.compile("comment|binh-luan|binhluan|share|social|like|rating|vote|"
            + "reaction|star|facebook|zalo|print|font-size|toolbar|bookmark|chia-se|chiase|"
            // live data boxes and media players: a score centre, a price ticker, statistics, a video or audio player
            + "score|ticker|\\bstats?\\b|statistic|thong-ke|player|"
            // an embedded post or tweet: its account, time and counts (its own paragraph is the story's quotation)
            + "embed|tweet");
    private static final Pattern FURNITURE = Pattern.compile("\\btags?\\b|keyword|tu-khoa|breadcrumb|menu|banner|\\bads?\\b|"
            + "advert|quangcao|quang-cao|sponsor|newsletter|subscribe|copyright|promo|popup|cookie|video-hot|hot-video|"
            + "sidebar|widget");
    private static final Pattern BYLINE = Pattern.compile("author|byline|tac-gia|tacgia|writer|reporter");
    private static final Pattern DATE = Pattern.compile("\\bdate\\b|datetime|publish|time-post|post-time|ngay-dang|\\btime\\b");

    private final List<String> lines = new ArrayList<>();
    private final Map<Integer, LineRole> roles = new HashMap<>();
    private final StringBuilder current = new StringBuilder();
    private LineRole currentRole;
    private final boolean severalArticles;
    /** Blocks that are items of a page without {@code <article>} tags (an e-paper page, a list of short news). */
    private final Set<Element> items;
    /** Small boxes around a form (a newsletter sign-up, a search box, a poll): widgets, whatever their class says. */
    private final Set<Element> formBoxes;

    private PageFlattener(boolean severalArticles, Set<Element> items, Set<Element> formBoxes) {
        this.severalArticles = severalArticles;
        this.items = items;
        this.formBoxes = formBoxes;
    }

    /** Lines and roles of a cleaned-up page body. */
    public record Flat(List<String> lines, Map<Integer, LineRole> roles) {
        public Flat {
            lines = List.copyOf(lines);
            roles = Map.copyOf(roles);
        }
    }

    public static Flat flatten(Element body) {
        int articles = 0;
        for (Element a : body.getElementsByTag("article")) {
            if (a.parents().stream().noneMatch(p -> p.tagName().equals("article"))) {
                articles++;
            }
        }
        PageFlattener f = new PageFlattener(articles > 1, articles > 1 ? Set.of() : repeatedItems(body), formBoxes(body));
        f.walk(body, null);
        f.flush();
        return new Flat(f.lines, f.roles);
    }

    /** A form box holds at most this many words: a page wrapped whole in a {@code <form>} (an old CMS) is no widget. */
    private static final int MAX_FORM_BOX_WORDS = 60;

    /**
     * Each small form and the largest block around it that is still small (a sign-up box with its heading and its
     * line of text): the form's box. Found once per page, from the forms up, instead of looking down from every block.
     */
    private static Set<Element> formBoxes(Element body) {
        Set<Element> out = new java.util.HashSet<>();
        for (Element form : body.getElementsByTag("form")) {
            if (words(form.text()) > MAX_FORM_BOX_WORDS) {
                continue;
            }
            Element box = form;
            for (Element p = form.parent(); p != null && p != body && BLOCKS.contains(p.tagName())
                    && !p.tagName().equals("article") && !p.tagName().equals("main") && words(p.text()) <= MAX_FORM_BOX_WORDS;
                    p = p.parent()) {
                box = p;
            }
            out.add(box);
        }
        return Set.copyOf(out);
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** At least this many sibling blocks of one shape make a list of items. */
    private static final int MIN_ITEMS = 3;
    /** An item is short news: at most this many paragraphs (its byline one of them); a section of a long article has more. */
    private static final int MAX_ITEM_PARAGRAPHS = 5;
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.)/:]\\s");

    /**
     * Sibling blocks of one tag and class, each opening with a heading (h2–h4) over one to four paragraphs of
     * prose, on a page with no h1: the short news items of an e-paper page or a news list, one article each. A page
     * with an h1 is one article whose sections these would be; numbered headings are the steps of a listicle; a
     * related, comment or furniture box holds teasers, not articles.
     */
    private static Set<Element> repeatedItems(Element body) {
        if (!body.getElementsByTag("h1").isEmpty()) {
            return Set.of();
        }
        Set<Element> out = new java.util.HashSet<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < MIN_ITEMS || inBox(parent)) {
                continue;
            }
            Map<String, List<Element>> groups = new HashMap<>();
            for (Element child : parent.children()) {
                if (isItem(child)) {
                    groups.computeIfAbsent(child.tagName() + "." + child.className(), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> g : groups.values()) {
                if (g.size() >= MIN_ITEMS) {
                    out.addAll(g);
                }
            }
        }
        return Set.copyOf(out);
    }

    private static boolean isItem(Element e) {
        if (!Set.of("div", "section", "li").contains(e.tagName()) || e.childrenSize() < 2) {
            return false;
        }
        Element first = e.child(0);
        if (!first.tagName().matches("h[2-4]") || NUMBERED.matcher(first.text()).find()) {
            return false;
        }
        int paragraphs = 0;
        boolean prose = false;
        for (Element c : e.children()) {
            if (c.tagName().equals("p")) {
                paragraphs++;
                prose |= c.text().split("\\s+").length >= 12;
            }
        }
        return paragraphs >= 1 && paragraphs <= MAX_ITEM_PARAGRAPHS && prose;
    }

    private static boolean inBox(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            LineRole r = roleOf(x);
            if (r != null && isBox(r)) {
                return true;
            }
        }
        return false;
    }

    /** A post's text is prose: at least this many words. */
    private static final int MIN_POST_WORDS = 12;

    /**
     * A paragraph of an embedded social post ("&lt;blockquote class="social-embed"&gt;", "twitter-tweet"): a sentence-ended
     * paragraph inside a quoted embed. The story reports it as it would a quotation; the embed's chrome around it has
     * no paragraph of prose.
     */
    static boolean isEmbeddedPostText(Element e) {
        if (!e.tagName().equals("p")) {
            return false;
        }
        boolean embed = false;
        for (Element x = e.parent(); x != null && !embed; x = x.parent()) {
            String marks = (x.className() + " " + x.id()).toLowerCase(Locale.ROOT);
            embed = x.tagName().equals("blockquote") || marks.contains("embed") || marks.contains("tweet");
        }
        if (!embed) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.split("\\s+").length >= MIN_POST_WORDS && ".!?…\"”".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The role an element's own markup announces, or null. */
    static LineRole roleOf(Element e) {
        String tag = e.tagName();
        switch (tag) {
            case "figcaption":
                return LineRole.CAPTION;
            case "button":
                return LineRole.WIDGET;
            case "h1":
                return LineRole.TITLE;
            case "h2", "h3", "h4", "h5", "h6":
                break;
            case "time":
                return LineRole.DATELINE;
            default:
                break;
        }
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
        if (marks.isBlank()) {
            return isLinkList(e) ? LineRole.TEASER : tag.startsWith("h") && tag.length() == 2 ? LineRole.HEADING : null;
        }
        if (TEASER.matcher(marks).find()) {
            return LineRole.TEASER;
        }
        if (WIDGET.matcher(marks).find()) {
            return LineRole.WIDGET;
        }
        if (FURNITURE.matcher(marks).find()) {
            return LineRole.FURNITURE;
        }
        if (BYLINE.matcher(marks).find()) {
            return LineRole.BYLINE;
        }
        if (marks.contains("caption") || marks.contains("chuthich")) {
            return LineRole.CAPTION;
        }
        if (DATE.matcher(marks).find()) {
            return LineRole.DATELINE;
        }
        if (marks.matches(".*\\b(title|headline|tieu-de)\\b.*") && tag.matches("h[1-3]|div|p")) {
            return LineRole.TITLE;
        }
        if (isLinkList(e)) {
            return LineRole.TEASER;
        }
        return tag.startsWith("h") && tag.length() == 2 ? LineRole.HEADING : null;
    }

    private static final Set<String> LIST_BOXES = Set.of("ul", "ol", "div", "section", "table", "dl");
    /** A link whose text has this many words is a headline; menus, breadcrumbs and tag lists have shorter ones. */
    private static final int MIN_HEADLINE_LINK_WORDS = 4;
    /** Share of a box's text inside links above which the box is a list of links, whatever its class says. */
    private static final double MIN_LINK_SHARE = 0.7;

    /**
     * A box that is a list of other articles, told by its structure when no class names it: at least two links
     * with a headline's length, and most of the box's text inside links (a heading such as "Cùng chuyên mục" may
     * stand over them). Prose with a link in it has far more text outside the links.
     */
    static boolean isLinkList(Element e) {
        if (!LIST_BOXES.contains(e.tagName())) {
            return false;
        }
        int headlines = 0;
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            String t = a.text();
            linked += t.length();
            if (t.split("\\s+").length >= MIN_HEADLINE_LINK_WORDS) {
                headlines++;
            }
        }
        if (headlines < 2) {
            return false;
        }
        int total = e.text().length();
        return total > 0 && linked >= MIN_LINK_SHARE * total;
    }

    private void walk(Node node, LineRole inherited) {
        if (node instanceof TextNode t) {
            current.append(t.getWholeText());
            if (currentRole == null && !t.isBlank()) {
                currentRole = inherited;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.tagName();
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("img") || tag.equals("amp-img")) {
            String alt = e.attr("alt").strip();
            flush();
            if (!alt.isEmpty()) {
                // an advertisement's image is still an image: its alt text is not the page's furniture text
                // so is an author's portrait in an author box: its alt names the picture, the name line names the author
                emit(alt, inherited == null || inherited == LineRole.CAPTION || inherited == LineRole.TITLE
                        || inherited == LineRole.FURNITURE || inherited == LineRole.BYLINE ? LineRole.IMAGE_ALT : inherited);
            }
            return;
        }
        LineRole own = formBoxes.contains(e) ? LineRole.WIDGET : roleOf(e);
        if (inherited == LineRole.TEASER && isBoxLabel(e)) {
            // "Phóng sự khác", "Tin đăng nổi bật" over the links: the list's label is furniture, not one of its links
            own = LineRole.FURNITURE;
            inherited = null;
        }
        // Boxes (teaser, widget, furniture) colour everything inside them; a caption or title inside a teaser box
        // is still the teaser's.
        LineRole role = inherited != null && isBox(inherited) ? inherited : own != null ? own : inherited;
        if (inherited == LineRole.FURNITURE && own == LineRole.WIDGET) {
            role = own; // a button or a share bar in the page's furniture (a cookie notice's "Đồng ý") is still a widget
        }
        if (inherited == LineRole.WIDGET && own == null && isEmbeddedPostText(e)) {
            role = null; // the post the story quotes: its chrome (account, time, counts, link) stays the widget's
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            flush();
        }
        if (tag.equals("article") && severalArticles && e.parents().stream().noneMatch(p -> p.tagName().equals("article"))
                || items.contains(e)) {
            lines.add("");
            roles.put(lines.size() - 1, LineRole.ARTICLE_BREAK);
        }
        for (Node child : e.childNodes()) {
            walk(child, role);
        }
        if (block) {
            flush();
        }
    }

    /**
     * A heading inside a list of links (a teaser box with two links or more) that is not a link itself: the list's
     * label. A box of one teaser may print that teaser's headline as a heading without a link.
     */
    private static boolean isBoxLabel(Element e) {
        if (!e.tagName().matches("h[2-6]") || !e.getElementsByTag("a").isEmpty()) {
            return false;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("a")) {
                return false;
            }
            if (roleOf(p) == LineRole.TEASER) {
                return p.getElementsByTag("a").size() >= 2;
            }
        }
        return false;
    }

    private static boolean isBox(LineRole r) {
        return r == LineRole.TEASER || r == LineRole.WIDGET || r == LineRole.FURNITURE;
    }

    private void flush() {
        String text = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!text.isEmpty()) {
            emit(text, currentRole);
        }
        current.setLength(0);
        currentRole = null;
    }

    private void emit(String text, LineRole role) {
        lines.add(text);
        if (role != null) {
            roles.put(lines.size() - 1, role);
        }
    }
}
