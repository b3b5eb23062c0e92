package io.thoisu.timeline;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure is told for, as its sentence marks it before the figure: the story as a whole, a part of it, or a
 * whole wider than it. Only figures of one reach (and, for parts and wider wholes, of one named area) are figures
 * of the same thing.
 * <ul>
 * <li>{@link Reach#PART}: "Riêng bản Nậm Pì có 27 ngôi nhà…", "trong đó 2 người ở huyện…", "Trong số này, 9 em…",
 * "xã Phú Lạc có 214 hộ": a part is compared only with the same named part.</li>
 * <li>{@link Reach#PART} also: the patients one care facility treats or receives ("Bệnh viện Hữu nghị X cho biết
 * đang điều trị cho 3 người bị thương"), named by the facility; one owner's share ("4 ha keo của gia đình ông",
 * "2 sào ngô của ông A"), compared with nothing.</li>
 * <li>{@link Reach#WIDER}: "Tính chung toàn tỉnh…", "cả nước xảy ra 57 vụ…": a whole around the story (the
 * province's dead against one flood's, the country's holiday deaths against one crash).</li>
 * <li>{@link Reach#STORY}: everything else. An area that is only part of a name or a source ("Theo UBND huyện
 * Mù Sang, … hơn 60 ngôi nhà bị cuốn trôi", "đưa đến Bệnh viện Đa khoa thị xã Tân Định") makes no part: a district
 * authority's count of a flood and the province's are rival counts of one whole. An area the sentence locates
 * things in ("7 người bị thương tại xã Sơn Thủy", "trên địa bàn huyện Hương Hóa, 7 nhà bị sập", or a city named
 * without an area word, "12 người chết ở Kendari", not an institution) is kept as the
 * figure's place: figures of two different places are different things, a placed figure and an unplaced one may
 * be rivals.</li>
 * </ul>
 */
record Scope(Reach reach, String name) {
    enum Reach { STORY, PART, WIDER }

    static final Scope STORY = new Scope(Reach.STORY, "");

    private static final String AREA_WORD = "thôn|bản|ấp|khu phố|tổ dân phố|xã|phường|thị trấn|huyện|quận|thị xã"
            + "|tỉnh|thành phố|TP\\.?";
    /** An area word (any case) then a capitalised name: "xã Phú Lạc", "TP Hải Lâm". */
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}\\p{M}])((?iu:" + AREA_WORD + "))\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)");
    /** Marks that what follows is a part: "riêng", "trong đó", "trong số (này|đó)". */
    private static final Pattern PART_MARK = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{M}])(riêng|trong đó|trong số)(?![\\p{L}\\p{M}])");
    /** A named area that has the figure: "xã Phú Lạc có 214 hộ", "huyện A ghi nhận 12 ca". */
    private static final Pattern AREA_HAS = Pattern.compile("(?iu)^\\s*(?:đã\\s+|cũng\\s+)?(?:có|ghi nhận)\\s+"
            + "(?:khoảng|hơn|gần|trên|ít nhất|tới|lên tới)?\\s*$");
    /** A clause opening with a name that has the figure: "Quảng Ngãi có hơn 944.000 cử tri". */
    private static final Pattern NAME_HAS = Pattern.compile("(?:^|[,;:]\\s*)(?:(?iu:" + AREA_WORD + "|huyện đảo|đảo)"
            + "\\s+)?(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)+)\\s+(?iu:(?:đã|hiện|cũng)\\s+)?"
            + "(?iu:có|ghi nhận)\\s+(?iu:khoảng|hơn|gần|trên|ít nhất|tới|lên tới)?\\s*$");
    /** An area where things are: "tại xã An Hải", "trên địa bàn huyện Hương Hóa", "ở bản Nậm Pì". */
    private static final Pattern LOCATED = Pattern.compile("(?<![\\p{L}\\p{M}])(?iu:tại|ở|trên địa bàn|địa bàn|thuộc)"
            + "\\s+((?iu:" + AREA_WORD + "))\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)");
    /**
     * A place named without an area word, right after "tại" or "ở": "48 người chết ở Tartus", "tại Surabaya" (a
     * foreign city has no "xã" or "tỉnh" before it); not an institution or a building ("tại Bệnh viện Hòa Bình",
     * "ở Công ty Minh Phát").
     */
    private static final Pattern PLACE_NAMED = Pattern.compile("(?<![\\p{L}\\p{M}])(?iu:tại|ở)\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)");
    /** Words that open the name of an institution or a building, not of a place. */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of("bệnh", "công", "trung", "sở", "ubnd",
            "trường", "nhà", "khu", "chợ", "cảng", "sân", "ga", "bến", "đồn", "tòa", "viện", "ngân", "cục", "bộ",
            "hội", "đại", "quán", "khách", "tập", "văn", "phòng", "ban", "đội", "bản", "thôn", "ấp", "xã",
            "phường", "huyện", "quận", "tỉnh", "thành", "tp", "thị");

    /** One owner's share after the figure: "4 ha keo của gia đình ông", "2 sào ngô của ông Lý Seo Chẩn". */
    private static final Pattern OWNED = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])của\\s+(?:gia đình|ông|bà|anh|chị)"
            + "(?![\\p{L}\\p{M}])");
    /** A care facility as the subject that has the patients: "Bệnh viện Hữu nghị X cho biết đang điều trị cho". */
    private static final Pattern FACILITY_HAS = Pattern.compile("^\\s*((?iu:bệnh viện|trung tâm y tế|trạm y tế"
            + "|phòng khám)(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)+)[^,;:]*?(?iu:điều trị|tiếp nhận|cấp cứu|chữa trị)"
            + "(?:\\s+(?iu:cho))?\\s+(?iu:khoảng|hơn|gần|trên|ít nhất)?\\s*$");
    /** Marks of a whole wider than the story: "toàn tỉnh", "cả nước", "tính chung". */
    private static final Pattern WIDER_MARK = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:toàn\\s+(xã|phường|huyện"
            + "|quận|thị xã|tỉnh|thành phố|quốc|vùng|miền)|cả\\s+(nước|tỉnh|huyện)|(tính chung))(?![\\p{L}\\p{M}])");

    /**
     * The reach of the figure that starts at {@code figureStart} in {@code sentence}, whose clause ends at
     * {@code clauseEnd}.
     */
    static Scope of(String sentence, int figureStart, int clauseEnd) {
        String before = sentence.substring(0, Math.max(0, Math.min(figureStart, sentence.length())));
        Matcher wider = WIDER_MARK.matcher(before);
        String whole = null;
        while (wider.find()) {
            String area = wider.group(1) != null ? wider.group(1) : wider.group(2);
            if (area != null || whole == null) {
                whole = area == null ? "" : VietnameseNormalizer.key(area);
            }
        }
        if (whole != null) {
            return new Scope(Reach.WIDER, whole);
        }
        Matcher part = PART_MARK.matcher(before);
        while (part.find()) {
            if (before.substring(part.end()).isBlank()) {
                break; // "trong số 14 công dân": the figure right after the mark is the whole the parts come from
            }
            Matcher named = NAMED.matcher(before);
            return new Scope(Reach.PART, named.find(part.end()) ? VietnameseNormalizer.key(named.group(2)) : "");
        }
        Matcher named = NAMED.matcher(before);
        while (named.find()) {
            if (AREA_HAS.matcher(before.substring(named.end())).matches()) {
                return new Scope(Reach.PART, VietnameseNormalizer.key(named.group(2)));
            }
        }
        Matcher facility = FACILITY_HAS.matcher(before);
        if (facility.find()) {
            return new Scope(Reach.PART, VietnameseNormalizer.key(facility.group(1)));
        }
        int end = Math.max(before.length(), Math.min(clauseEnd, sentence.length()));
        if (OWNED.matcher(sentence.substring(before.length(), end)).find()) {
            return new Scope(Reach.PART, ""); // one owner's share: compared with nothing
        }
        Matcher has = NAME_HAS.matcher(before);
        if (has.find()) {
            return new Scope(Reach.PART, VietnameseNormalizer.key(has.group(1)));
        }
        return new Scope(Reach.STORY, located(sentence.substring(0, Math.max(before.length(),
                Math.min(clauseEnd, sentence.length())))));
    }

    /**
     * The smallest area the text locates things in: an area introduced by "tại", "ở", "trên địa bàn", "thuộc"
     * ("tại xã An Hải", "7 người bị thương tại xã Sơn Thủy"), not one that is part of a name or a source ("Bệnh
     * viện Đa khoa thị xã Tân Định", "Theo UBND huyện Mù Sang"); empty when none.
     */
    private static String located(String text) {
        Matcher m = LOCATED.matcher(text);
        String best = "";
        int level = Integer.MAX_VALUE;
        Matcher named = PLACE_NAMED.matcher(text);
        while (named.find()) {
            String first = VietnameseNormalizer.key(named.group(1).split("\\s+")[0]);
            if (!INSTITUTIONS.contains(first)) {
                best = VietnameseNormalizer.key(named.group(1));
                level = 1; // a city abroad ranks with a commune: an area word's smaller unit still wins
                break;
            }
        }
        while (m.find()) {
            int l = level(m.group(1));
            if (l < level) {
                level = l;
                best = VietnameseNormalizer.key(m.group(2));
            }
        }
        return best;
    }

    private static int level(String areaWord) {
        return switch (VietnameseNormalizer.key(areaWord).replace(".", "")) {
            case "thôn", "bản", "ấp", "khu phố", "tổ dân phố" -> 0;
            case "xã", "phường", "thị trấn" -> 1;
            case "huyện", "quận", "thị xã" -> 2;
            default -> 3;
        };
    }

    /** Whether figures of these two reaches can be figures of the same thing. */
    boolean compatible(Scope other) {
        if (reach != other.reach) {
            return false;
        }
        return switch (reach) {
            case STORY -> name.isEmpty() || other.name.isEmpty() || name.equals(other.name);
            case WIDER -> name.isEmpty() || other.name.isEmpty() || name.equals(other.name);
            case PART -> !name.isEmpty() && name.equals(other.name);
        };
    }
}
