package io.thoisu.clean;

import java.util.regex.Pattern;

/**
 * What a site or a sender says to the reader around a story, not the story: a sponsor's or the column's disclaimer,
 * a press contact, a call for letters, tips or donations (a channel to write to, an account to pay into), a
 * subscription footer, a paywall's pitch. Read from the line's key; each pattern is tried only on lines holding
 * its words, so most lines cost a few {@code contains}. Stateless.
 */
final class ServiceNotices {
    private ServiceNotices() {
    }

    /** "Bạn đọc có thể gửi câu hỏi … qua email …": the column's call for letters, naming where to write. */
    private static final Pattern CALL_FOR_LETTERS = LineShapes.keyPattern(
            "^(?:bạn đọc|độc giả|quý độc giả|quý vị|mời bạn đọc|mời độc giả|mọi thắc mắc|mọi ý kiến|mọi câu hỏi|"
                    + "câu hỏi|thư|bài viết|bài vở|thông tin phản ánh)\\s.*(?:email|e-mail|hộp thư|đường dây nóng|hotline|[^\\s]@[^\\s]).*");
    /** "Nội dung do doanh nghiệp cung cấp", "Tòa soạn không chịu trách nhiệm …": a sponsor's disclaimer. */
    private static final Pattern SPONSORED = LineShapes.keyPattern(
            "^(?:nội dung|thông tin|bài viết|bài|tin bài|thông cáo)\\s+(?:này\\s+)?(?:do|được)\\s+(?:[^\\s]+\\s+){0,10}?(?:cung cấp|tài trợ)(?:$|[\\s.,;].*)");
    private static final Pattern NOT_RESPONSIBLE = LineShapes.keyPattern(
            "(?:^|\\s)(?:tòa soạn|toà soạn|ban biên tập|báo|chúng tôi)\\s+không\\s+(?:chịu trách nhiệm|nhất thiết)");
    /** "Thông tin trong bài chỉ mang tính tham khảo, …": a health or finance column's disclaimer. */
    private static final Pattern DISCLAIMER = LineShapes.keyPattern(
            "^(?:thông tin|nội dung|bài viết|các thông tin|những thông tin|nội dung tư vấn)(?:\\s+(?:trong|của)\\s+bài(?:\\s+viết)?"
                    + "|\\s+này|\\s+trên|\\s+trong chuyên mục(?:\\s+này)?)?\\s+(?:chỉ\\s+)?(?:mang tính|có tính|có giá trị|để|nhằm mục đích)"
                    + "\\s+(?:chất\\s+)?tham khảo(?:$|[\\s.,;].*)");
    /** "Thông tin liên hệ báo chí: …", "Liên hệ truyền thông: …": the press contact of a release. */
    private static final Pattern PRESS_CONTACT = LineShapes.keyPattern(
            "^(?:thông tin liên hệ|liên hệ báo chí|liên hệ truyền thông|đầu mối liên hệ|đầu mối truyền thông|"
                    + "mọi chi tiết xin liên hệ|mọi thông tin chi tiết xin liên hệ|để biết thêm thông tin)(?:$|[\\s:,].*)");

    /** A sponsor's disclaimer or a press contact: a release's furniture, read from the line's key. */
    static boolean isReleaseFurniture(String line, String key) {
        // each pattern is tried only on lines holding its words (most lines hold none), the words counted last
        return ((key.contains("cung cấp") || key.contains("tài trợ")) && SPONSORED.matcher(key).matches()
                || (key.contains("không chịu") || key.contains("không nhất")) && NOT_RESPONSIBLE.matcher(key).find()
                || (key.contains("liên hệ") || key.startsWith("để biết")) && PRESS_CONTACT.matcher(key).matches()
                || key.contains("tham khảo") && DISCLAIMER.matcher(key).matches()
                || (key.contains("mail") || key.contains("hộp thư") || key.contains("hotline")
                        || key.contains("đường dây") || key.indexOf('@') >= 0) && CALL_FOR_LETTERS.matcher(key).matches())
                && LineShapes.wordsAtMost(line, 40);
    }

    /** The channels a reader is asked to use: an e-mail address or a phone line. */
    private static final Pattern CHANNEL = LineShapes.keyPattern(
            "[^\\s]@[^\\s]|e-?mail|hotline|đường dây nóng|zalo");
    /** Words by which the site speaks to the reader, or of itself. */
    private static final Pattern READER_ADDRESSED = LineShapes.keyPattern(
            "(?:^|[\\s,.?!])(?:bạn|quý vị|quý độc giả|độc giả|bạn đọc|(?:cho|về|tới|đến|với)\\s+(?:chúng tôi|tòa soạn|toà soạn))(?=$|[\\s,.?!])");
    /** What the reader is asked to do on that channel. */
    private static final Pattern SEND_VERB = LineShapes.keyPattern("(?:^|\\s)(?:gửi|liên hệ|gọi|nhắn|phản ánh|cung cấp|chia sẻ)\\s");

    /**
     * "Bạn có thông tin về vụ việc? Gửi cho chúng tôi qua email … hoặc đường dây nóng …": a call for tips. It names a
     * channel, speaks to the reader (or of the site as "chúng tôi") and asks to send; a story that reports a
     * hotline ("Người dân có thể gọi đường dây nóng 1022") speaks of neither.
     */
    static boolean isCallForTips(String line, String key) {
        return CHANNEL.matcher(key).find() && READER_ADDRESSED.matcher(key).find() && SEND_VERB.matcher(key).find()
                && LineShapes.wordsAtMost(line, 45);
    }

    /** "Ủng hộ các nạn nhân: Quỹ X, số tài khoản …": a call for donations, the gift and the account to pay into. */
    private static final Pattern DONATION = LineShapes.keyPattern(
            "(?:^|\\s)(?:ủng hộ|quyên góp|chung tay|giúp đỡ|hảo tâm|đóng góp)(?:\\s|:|,).*"
                    + "(?:số tài khoản|số tk|stk|tài khoản số|tài khoản:)\\s*:?\\s*\\d"
                    + "|(?:số tài khoản|số tk|stk|tài khoản số)\\s*:?\\s*\\d.*(?:ủng hộ|quyên góp|hảo tâm|giúp đỡ)");

    static boolean isCallForDonations(String line, String key) {
        return (key.contains("tài khoản") || key.contains("stk") || key.contains("số tk"))
                && DONATION.matcher(key).find() && LineShapes.wordsAtMost(line, 45);
    }

    /**
     * "Bài viết thể hiện quan điểm riêng của tác giả.", "… không nhất thiết phản ánh quan điểm của tòa soạn": the
     * column's own-view disclaimer.
     */
    private static final Pattern OWN_VIEW = LineShapes.keyPattern(
            "^(?:bài viết|bài|nội dung|ý kiến|quan điểm|những ý kiến|các ý kiến)(?:\\s+(?:này|trên))?\\s+(?:chỉ\\s+)?"
                    + "(?:thể hiện|là|phản ánh|mang)\\s+(?:quan điểm|ý kiến|góc nhìn)\\s+(?:riêng|cá nhân)(?:\\s+của\\s+(?:tác giả|người viết))?(?:$|[\\s.,;].*)"
                    + "|.*không\\s+(?:nhất thiết\\s+)?(?:phản ánh|thể hiện|đại diện cho)\\s+quan điểm của\\s+(?:tòa soạn|toà soạn|báo|ban biên tập).*");

    static boolean isOwnViewDisclaimer(String line, String key) {
        return key.contains("quan điểm") && LineShapes.wordsAtMost(line, 30) && OWN_VIEW.matcher(key).matches();
    }

    /**
     * A newsletter's footer: "Bạn nhận được email này vì đã đăng ký …", "Hủy đăng ký | Quản lý tùy chọn nhận tin".
     */
    private static final Pattern SUBSCRIPTION_FOOTER = LineShapes.keyPattern(
            "^(?:bạn|quý vị)\\s+(?:nhận được|đang nhận|nhận)\\s+(?:email|e-mail|thư|bản tin|thư điện tử)\\s+này(?:$|[\\s.,].*)"
                    + "|^(?:hủy đăng ký|huỷ đăng ký|ngừng nhận tin|unsubscribe)(?:$|\\s*[|·•/].*)");

    static boolean isSubscriptionFooter(String line, String key) {
        return LineShapes.wordsAtMost(line, 30) && SUBSCRIPTION_FOOTER.matcher(key).matches();
    }

    /** Any call or notice above, spoken to the reader: the site's boilerplate. */
    static boolean isReaderNotice(String line, String key) {
        return isCallForTips(line, key) || isCallForDonations(line, key) || isOwnViewDisclaimer(line, key)
                || isSubscriptionFooter(line, key) || isImprint(line, key) || isInvitation(line, key)
                || isReferenceDisclaimer(line, key) || isContactFooter(line, key) || isHeadlineNote(line, key);
    }

    /**
     * "Địa chỉ: Số 86 đường X, phường Y - Điện thoại: 0235 …": a site's or a body's address with a way to reach
     * it, the footer of its pages. An address alone may be the story's ("Địa chỉ: … " of a shop in a guide).
     */
    private static final Pattern CONTACT_FOOTER = LineShapes.keyPattern(
            "^địa chỉ\\s*:.*(?:điện thoại|đt|tel|hotline|email|e-mail|fax)\\s*:.*");

    static boolean isContactFooter(String line, String key) {
        return key.startsWith("địa chỉ") && LineShapes.wordsAtMost(line, 40) && CONTACT_FOOTER.matcher(key).matches();
    }

    /** "…; tiêu đề do tòa soạn đặt", "Tít do tòa soạn đặt": the newsroom's note that it chose the headline. */
    private static final Pattern HEADLINE_NOTE = LineShapes.keyPattern(
            ".*(?:tiêu đề|tít|tựa đề|tựa bài)(?:\\s+bài)?\\s+(?:là\\s+)?(?:do\\s+)?(?:tòa soạn|toà soạn|ban biên tập)\\s+đặt\\s*[.)]?\\s*$");

    static boolean isHeadlineNote(String line, String key) {
        return LineShapes.wordsAtMost(line, 30) && (key.contains("tòa soạn đặt") || key.contains("toà soạn đặt")
                || key.contains("ban biên tập đặt")) && HEADLINE_NOTE.matcher(key).matches();
    }

    /**
     * "Nội dung giải đáp mang tính tham khảo; bạn đọc nên đối chiếu với văn bản gốc", "Thông tin trong bài chỉ mang
     * tính chất tham khảo, không thay thế chẩn đoán của bác sĩ": the site's own disclaimer on what it printed. Opens
     * with the page's text (content, information, answer, article) as its subject; a story's figure "chỉ mang tính
     * tham khảo" has another subject.
     */
    private static final Pattern REFERENCE_DISCLAIMER = LineShapes.keyPattern(
            "^(?:nội dung|thông tin|bài viết|bài|câu trả lời|phần giải đáp|giải đáp|tư vấn|các thông tin)"
                    + "(?:\\s+(?:giải đáp|tư vấn|bài viết|trong bài(?:\\s+viết)?|trên|này|của bài(?:\\s+viết)?))?\\s+(?:chỉ\\s+)?"
                    + "mang tính(?:\\s+chất)?\\s+tham khảo(?:$|[\\s.,;].*)");

    static boolean isReferenceDisclaimer(String line, String key) {
        return key.contains("tham khảo") && LineShapes.wordsAtMost(line, 30) && REFERENCE_DISCLAIMER.matcher(key.strip()).matches();
    }

    /**
     * A paywall's box: its label ("Bài viết dành riêng cho hội viên Premium"), its pitch ("Đăng ký để đọc toàn bộ bài
     * …") and its buttons ("Đăng ký ngay Đã là hội viên? Đăng nhập"). A widget: it sells access, it tells nothing.
     */
    private static final Pattern PAYWALL = LineShapes.keyPattern(
            "^(?:bài viết|nội dung|bài|tin)(?:\\s+này)?\\s+(?:chỉ\\s+)?dành (?:riêng )?cho\\s+(?:hội viên|thành viên|người đăng ký|tài khoản|bạn đọc trả phí).*"
                    + "|^(?:đăng ký|mua gói|nâng cấp|trở thành hội viên|trở thành thành viên)(?:\\s.{0,80})?\\s(?:để|và)\\s+(?:đọc|xem|tiếp tục đọc|mở khóa|mở khoá)\\s.*"
                    + "|^(?:đăng ký|đăng nhập|mua gói)(?:\\s+ngay)?\\s.*(?:hội viên|thành viên|premium|tài khoản).*");

    static boolean isPaywall(String line, String key) {
        return (key.contains("hội viên") || key.contains("thành viên") || key.contains("đăng ký") || key.contains("premium")
                || key.contains("tài khoản")) && LineShapes.wordsAtMost(line, 30) && PAYWALL.matcher(key).matches();
    }

    /**
     * The site's imprint, printed at the foot of every page: its licence ("Giấy phép hoạt động báo điện tử số
     * 214/GP-BTTTT …"), the people answerable for it ("Tổng biên tập: …", "Chịu trách nhiệm nội dung: …"), the
     * newsroom ("Tòa soạn: …"), the copyright, and "X – Cơ quan của Y" (the body that owns the title).
     */
    private static final Pattern IMPRINT = LineShapes.keyPattern(
            "^giấy phép(?:\\s+[^\\s]+){0,6}?\\s*:?\\s*(?:số\\s*)?:?\\s*\\d+\\s*/\\s*[^\\s]*gp.*"
                    + "|^(?:chịu trách nhiệm (?:nội dung|xuất bản|quản lý nội dung)|tổng biên tập|phó tổng biên tập|"
                    + "thư ký tòa soạn|tòa soạn|toà soạn|trụ sở tòa soạn|trụ sở chính|cơ quan chủ quản)\\s*:.*"
                    + "|^(?:©|\\(c\\)|copyright|bản quyền thuộc|bản quyền ©).*"
                    + "|.*\\s[-–—]\\s*cơ quan (?:ngôn luận\\s+)?(?:chủ quản\\s+)?của\\s.*"
                    + "|.*ghi rõ nguồn.*(?:phát hành lại|sử dụng lại|đăng lại|trích dẫn).*");

    static boolean isImprint(String line, String key) {
        return LineShapes.wordsAtMost(line, 35) && !key.isEmpty() && IMPRINT.matcher(key).matches();
    }

    /**
     * The site inviting the reader ("Mời bạn đọc đón xem …", "Kính mời quý độc giả theo dõi …") or pointing at a
     * link ("… bấm vào đây"): the site's voice, not the story's.
     */
    private static final Pattern INVITATION = LineShapes.keyPattern(
            "^(?:mời|kính mời|xin mời)\\s+(?:bạn đọc|quý bạn đọc|quý độc giả|độc giả|quý vị|các bạn|bạn)\\s+"
                    + "(?:đón đọc|đón xem|theo dõi|xem|đọc|nghe|tham gia|gửi|bình chọn|đăng ký|tải|cùng)(?:$|\\s.*)"
                    + "|.*(?:bấm|nhấn|nhấp|click|chạm)\\s+(?:vào\\s+)?(?:đây|here)(?:$|[\\s.,:!)].*)");

    static boolean isInvitation(String line, String key) {
        return LineShapes.wordsAtMost(line, 35) && INVITATION.matcher(key).matches();
    }
}
