/**
 * The WARC archive fetched pages are written to before anything else sees them, so that {@code thoisu ingest} on
 * the archive rebuilds what the live run built: {@link io.thoisu.archive.WarcArchive}.
 */
package io.thoisu.archive;
