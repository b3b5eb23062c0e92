package io.thoisu.entity;

import io.thoisu.model.EntityType;
import java.util.List;

/** A mention before aliases are resolved. {@code strong} when a head, title or list decided its type. */
final class RawMention {
    final int start;
    final int end;
    final String text;
    EntityType type;
    final boolean strong;
    final int words;
    RawMention aliasOf;
    /** An acronym that does not spell the place or person before it: a body's short name, typed ORG. */
    boolean bodyAlias;
    /** For an organisation written with its head: the key of the name without the head. */
    String tailKey;
    /** For a company: the key of the trade name that ends its full name ("Hoàng Gia Phát"). */
    String tradeKey;
    /**
     * Right after a closing quotation mark and a comma, or right before a verb of saying: where a speaker is
     * named ("…”, Marco nói", "Marco thừa nhận …").
     */
    boolean speakerSlot;
    /** For a sports club: the shorter names the news calls it by ("Sông Lam" for "CLB Sông Lam Nghệ An"). */
    List<String> shortKeys = List.of();
    /** Kept only if the article supports it (a full name it ends, a strong type elsewhere, an alias). */
    boolean doubtful;

    RawMention(String text, int start, int end, EntityType type, boolean strong, int words) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.type = type;
        this.strong = strong;
        this.words = words;
    }
}
