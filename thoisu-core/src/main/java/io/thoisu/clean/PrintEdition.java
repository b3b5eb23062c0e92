package io.thoisu.clean;

import java.util.regex.Pattern;

/**
 * The furniture of a print edition exported as text: the page markers ("TRANG 7"), the jump lines that continue a
 * story on another page ("(Xem tiếp trang 7)", and the jump head "Headline (Tiếp theo trang 1)" where it resumes),
 * and the issue index's items ("Headline - Trang 3"). The story runs on across the jump; these lines only say where
 * the paper put it. Patterns over the line's key; stateless.
 */
final class PrintEdition {
    private PrintEdition() {
    }

    /** "TRANG 7", "Trang 12": the page the text below was printed on. */
    private static final Pattern PAGE_MARKER = LineShapes.keyPattern("^trang\\s+\\d{1,3}$");
    /** "(Xem tiếp trang 7)", "Tiếp theo trang 1", "… (Tiếp theo trang 1)": a story's jump to or from another page. */
    private static final Pattern JUMP = LineShapes.keyPattern(
            "^\\(?\\s*(?:xem\\s+)?tiếp\\s+(?:theo\\s+)?(?:ở\\s+)?trang\\s+\\d{1,3}\\s*\\)?\\.?$"
                    + "|^.{4,200}\\(\\s*tiếp\\s+theo\\s+trang\\s+\\d{1,3}\\s*\\)\\.?$");
    /** "Đấu giá đất ven sông: nhiều lô bỏ cọc - Trang 3": an item of the index. */
    private static final Pattern INDEX_ITEM = LineShapes.keyPattern("^.{6,160}\\s[-–—]\\s*trang\\s+\\d{1,3}$");

    /** "(PDF, 1,1 MB)", "(PNG, 2,4 MB)": a file offered for download, its format and size closing the line. */
    private static final Pattern FILE_DOWNLOAD = Pattern.compile(
            "^.{3,200}\\(\\s*(PDF|DOCX?|XLSX?|PPTX?|ZIP|RAR|PNG|JPE?G|GIF|TIFF?|SVG|MP3|MP4)\\s*[,;-]\\s*\\d+(?:[.,]\\d+)?\\s*[KMG]B\\s*\\)\\.?$",
            Pattern.CASE_INSENSITIVE);

    static boolean isFileDownload(String line) {
        return line.length() < 300 && FILE_DOWNLOAD.matcher(line.strip()).matches();
    }

    /** A download of a text (a document, a sheet, slides, an archive), not of an image or a clip. */
    static boolean isDocumentDownload(String line) {
        java.util.regex.Matcher m = FILE_DOWNLOAD.matcher(line.strip());
        return m.matches() && m.group(1).toUpperCase(java.util.Locale.ROOT)
                .matches("PDF|DOCX?|XLSX?|PPTX?|ZIP|RAR");
    }

    /** A page marker or a jump line: boilerplate of the print layout. */
    static boolean isLayoutMarker(String line, String key) {
        return LineShapes.wordsAtMost(line, 40) && (PAGE_MARKER.matcher(key.strip()).matches()
                || JUMP.matcher(key.strip()).matches());
    }

    /** An item of the index, pointing to the page of another story. */
    static boolean isIndexItem(String line, String key) {
        // a masthead ending in its page ("BÁO X - Số 6.190 - Thứ Tư, 26/3/2025 - Trang 5") carries the date
        return LineShapes.wordsAtMost(line, 30) && !LineShapes.endsWithStop(line) && INDEX_ITEM.matcher(key.strip()).matches()
                && DatelineParser.findIn(line).isEmpty();
    }
}
