package io.thoisu.fetch;

/**
 * What a caller asks the fetcher for. The kind decides the {@code Accept} header sent and which response content
 * types are taken (see {@link FetchPolicy#accepts}); anything else becomes
 * {@link FetchOutcome.SkipReason#CONTENT_TYPE} without its body being read.
 */
public enum ContentKind {
    /** An article or section page: HTML or XHTML. */
    PAGE,
    /** A feed or a sitemap: RSS, Atom, or plain XML; a gzip file (a compressed sitemap) is unpacked. */
    FEED
}
