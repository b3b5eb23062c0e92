package io.thoisu.watch;

/** A listing (feed, sitemap, seed page) is re-read every poll; an article is fetched once. */
public enum AddressRole { LISTING, ARTICLE }
