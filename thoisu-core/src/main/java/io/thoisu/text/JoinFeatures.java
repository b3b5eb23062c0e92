package io.thoisu.text;

/**
 * The features of one gap between two adjacent units, as 64-bit keys: the decision to make is whether the two
 * units belong to one word. Used identically by {@link SegmenterTrainer} and {@link WordSegmenter}, so training and
 * decoding can never disagree on a feature.
 *
 * <p>What a gap sees: the syllables around it (uni-, bi- and trigrams over a five-unit window), case shapes (a run
 * of capitalised syllables is a name: "Bùi Văn Luyến"), whether there is white space in the gap ("TP.HCM" joins,
 * "TP . HCM" may), and which lexicon words cover the gap or compete with it from either side. For the syllable
 * pairs no lexicon knows (a third of the multi-syllable words in new text), it sees what each syllable does in
 * the training words (statistics and part-of-speech classes) and how it sounds (tone and ending), so that weights
 * learned on other pairs carry over.
 *
 * <p>Keys index a hashed weight table ({@link SegmentationModel#slot}): a feature costs one mix and one array read.
 */
final class JoinFeatures {
    /** Static features of a gap; the state-dependent ones come from {@link #stateKeys}. */
    static final int MAX_STATIC = 64;
    static final int MAX_WORD_UNITS = 5;
    private static final long BOS = 0x1234567L;
    private static final long EOS = 0x7654321L;

    /** The feature every gap has: the join bias. */
    static final long BIAS = key(1, 1);

    private JoinFeatures() {
    }

    // One finalising mix per key: the syllable hashes are already mixed, so a linear combination with odd
    // multipliers keeps the parts apart, and a single mix spreads the result over the weight table's slots.
    private static long key(long template, long a) {
        return SyllableLexer.mix(template * 0x9E3779B97F4A7C15L + a);
    }

    private static long key(long template, long a, long b) {
        return SyllableLexer.mix(template * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b);
    }

    private static long key(long template, long a, long b, long c) {
        return SyllableLexer.mix(template * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L + c);
    }

    private static long h(SyllableLexer.Units u, int k) {
        return k < 0 ? BOS : k >= u.size ? EOS : u.hash[k];
    }

    private static int shape(SyllableLexer.Units u, int k) {
        return k < 0 ? 6 : k >= u.size ? 7 : u.shape[k];
    }

    /** Hash of units {@code [s, s+len)} as a lexicon key. */
    static long wordKey(SyllableLexer.Units u, int s, int len) {
        long x = 0x51afd7ed558ccdL;
        for (int k = s; k < s + len; k++) {
            x = SyllableLexer.mix(x * 0x9E3779B97F4A7C15L + u.hash[k]);
        }
        return x;
    }

    /** Key under which a syllable's statistics code sits in the lexicon table (apart from any word key). */
    static long statsKey(long syllableHash) {
        return SyllableLexer.mix(syllableHash ^ 0x2545F4914F6CDD1DL);
    }

    /**
     * A syllable's behaviour in the training words, as one code in 1..125: how often it was seen, and how often it
     * continued a word to its right and to its left. Rare and unseen syllables are where a lexicon cannot help;
     * their counts still say a lot ("khủng" never stands alone; "và" nearly always does), and the perceptron
     * learns those classes across syllables rather than one syllable at a time.
     */
    static byte statsCode(int count, int joinsLeft, int joinsRight) {
        int c = count <= 1 ? 0 : count <= 3 ? 1 : count <= 9 ? 2 : count <= 49 ? 3 : 4;
        return (byte) (1 + c * 25 + ratioBucket(joinsLeft, count) * 5 + ratioBucket(joinsRight, count));
    }

    private static int ratioBucket(int part, int whole) {
        if (part == 0) {
            return 0;
        }
        if (part == whole) {
            return 4;
        }
        double r = (double) part / whole;
        return r < 0.3 ? 1 : r < 0.7 ? 2 : 3;
    }

    /**
     * For each unit: bits 2..5 hold the lengths {@code L} such that the {@code L} units starting there form a
     * lexicon word, bits 8..15 the unit's statistics code (0: never seen in training).
     */
    static int[] lexiconMatches(String text, SyllableLexer.Units u, LongSet lexicon) {
        int[] masks = new int[u.size];
        for (int s = 0; s < u.size; s++) {
            int code = lexicon.get(statsKey(u.hash[s])) | sound(text, u, s) << 18;
            if (u.kind[s] == SyllableLexer.PUNCTUATION) {
                masks[s] = code << 8;
                continue;
            }
            int m = 0;
            int maxLen = Math.min(MAX_WORD_UNITS, u.size - s);
            long x = 0x51afd7ed558ccdL;
            x = SyllableLexer.mix(x * 0x9E3779B97F4A7C15L + u.hash[s]);
            for (int len = 2; len <= maxLen; len++) {
                x = SyllableLexer.mix(x * 0x9E3779B97F4A7C15L + u.hash[s + len - 1]);
                if (lexicon.contains(x)) {
                    m |= 1 << len;
                }
            }
            masks[s] = m | code << 8;
        }
        return masks;
    }

    private static int code(int[] lex, int k) {
        return k < 0 ? 126 : k >= lex.length ? 127 : (lex[k] >>> 8) & 0xFF;
    }

    /** Universal part-of-speech tags, by index + 1 (0: none); a syllable's classes are learned from the gold words. */
    private static final java.util.List<String> UPOS = java.util.List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET",
            "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    static final int TAGS = UPOS.size() + 1;

    static int tagIndex(String upos) {
        return UPOS.indexOf(upos) + 1;
    }

    /** The class of a unit when it is a word by itself (its most frequent tag then), 30/31 off the sentence's ends. */
    private static int alone(int[] lex, int k) {
        return k < 0 ? 30 : k >= lex.length ? 31 : (lex[k] >>> 16) & 31;
    }

    /** Tone (0 level, 1..5 the marks in {@link #TONE_MARKS}) of every precomposed letter below U+1F00. */
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final byte[] TONE = new byte[0x1F00];

    static {
        for (char c = 0xC0; c < TONE.length; c++) {
            if (Character.isLetter(c)) {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                for (int i = 1; i < d.length(); i++) {
                    int t = TONE_MARKS.indexOf(d.charAt(i));
                    if (t >= 0) {
                        TONE[c] = (byte) (t + 1);
                    }
                }
            }
        }
    }

    /**
     * How a syllable sounds, as far as word building cares: its tone and whether it ends open, in a nasal or in a
     * stop. Reduplicated words pair tones by register ("lung linh", "đẹp đẽ"), and a stop ending allows only two
     * tones, so the pair of sounds says something even about two syllables never seen together.
     */
    static int sound(String text, SyllableLexer.Units u, int k) {
        if (u.kind[k] != SyllableLexer.SYLLABLE) {
            return 0;
        }
        int tone = 0;
        for (int i = u.start[k]; i < u.end[k]; i++) {
            char c = text.charAt(i);
            if (c < TONE.length && TONE[c] != 0) {
                tone = TONE[c];
            } else if (c >= 0x300 && c <= 0x323) {
                int t = TONE_MARKS.indexOf(c);
                tone = t >= 0 ? t + 1 : tone;
            }
        }
        char last = u.last[k];
        char before = u.end[k] - u.start[k] >= 2 ? Character.toLowerCase(text.charAt(u.end[k] - 2)) : ' ';
        int coda = switch (last) {
            case 'm', 'n' -> 1;
            case 'g' -> before == 'n' ? 1 : 3;
            case 'h' -> before == 'n' ? 1 : before == 'c' ? 2 : 3;
            case 'p', 't', 'c' -> 2;
            default -> 0;
        };
        return 1 + tone * 4 + coda;
    }

    /** A unit's sound code (0: not a syllable), 30/31 off the sentence's ends. */
    private static int sound(int[] lex, int k) {
        return k < 0 ? 30 : k >= lex.length ? 31 : (lex[k] >>> 26) & 31;
    }

    /** The class of the longer words a unit is part of. */
    private static int part(int[] lex, int k) {
        return k < 0 ? 30 : k >= lex.length ? 31 : (lex[k] >>> 21) & 31;
    }

    /** Writes the static features of the gap before unit {@code b} into {@code out}; returns how many. */
    static int staticKeys(SyllableLexer.Units u, int[] lex, int b, long[] out) {
        int a = b - 1;
        int n = 0;
        long ha = h(u, a);
        long hb = h(u, b);
        long ha1 = h(u, a - 1);
        long hb1 = h(u, b + 1);
        int sa = shape(u, a);
        int sb = shape(u, b);
        int sa1 = shape(u, a - 1);
        int sb1 = shape(u, b + 1);
        out[n++] = BIAS;
        out[n++] = key(2, hb);
        out[n++] = key(3, ha);
        out[n++] = key(4, ha, hb);
        out[n++] = key(5, ha1, ha);
        out[n++] = key(6, hb, hb1);
        out[n++] = key(7, ha1, ha, hb);
        out[n++] = key(8, ha, hb, hb1);
        out[n++] = key(9, ha1);
        out[n++] = key(10, hb1);
        out[n++] = key(11, ha, hb1);
        out[n++] = key(12, ha1, hb);
        out[n++] = key(13, sa1 * 64 + sa * 8 + sb, sb1);
        out[n++] = key(14, sa * 8 + sb);
        out[n++] = key(15, sa * 8 + sb, ha);
        out[n++] = key(16, sa * 8 + sb, hb);
        int space = u.end[a] == u.start[b] ? 0 : 1;
        out[n++] = key(17, space, u.kind[a] * 4 + u.kind[b]);
        out[n++] = key(18, space, ha, hb);
        // lexicon words that span the gap, by where the gap falls inside them
        int covering = 0;
        for (int s = Math.max(0, a - MAX_WORD_UNITS + 2); s <= a; s++) {
            int m = lex[s];
            for (int len = 2; m != 0 && len <= MAX_WORD_UNITS; len++) {
                if ((m & (1 << len)) != 0 && s + len - 1 >= b) {
                    out[n++] = key(19, a - s, len);
                    covering = Math.max(covering, len);
                }
            }
        }
        out[n++] = key(20, covering);
        // lexicon words that end at a or start at b compete with joining across the gap
        int endingAtA = 0;
        for (int s = Math.max(0, a - MAX_WORD_UNITS + 1); s < a; s++) {
            if ((lex[s] & (1 << (a - s + 1))) != 0) {
                endingAtA = Math.max(endingAtA, a - s + 1);
            }
        }
        int startingAtB = 0;
        for (int len = MAX_WORD_UNITS; len >= 2; len--) {
            if ((lex[b] & (1 << len)) != 0) {
                startingAtB = len;
                break;
            }
        }
        out[n++] = key(21, endingAtA, startingAtB, covering);
        out[n++] = key(22, endingAtA, startingAtB, ha * 31 + hb);
        // syllable statistics: what the two sides (and their neighbours) tend to do
        int ca = code(lex, a);
        int cb = code(lex, b);
        out[n++] = key(40, ca, cb);
        out[n++] = key(41, ca, hb);
        out[n++] = key(42, ha, cb);
        out[n++] = key(43, code(lex, a - 1) * 128 + ca, cb);
        out[n++] = key(44, ca, cb * 128 + code(lex, b + 1));
        out[n++] = key(45, ca, cb, sa * 8 + sb);
        int echo = (u.first[a] == u.first[b] ? 2 : 0) + (u.last[a] == u.last[b] ? 1 : 0);
        int foreign = u.foreign[a] * 2 + u.foreign[b];
        out[n++] = key(46, echo, foreign, sa * 8 + sb);
        out[n++] = key(47, echo, ca, cb);
        int ta = alone(lex, a) * 32 + part(lex, a);
        int tb = alone(lex, b) * 32 + part(lex, b);
        out[n++] = key(50, ta, tb);
        out[n++] = key(51, ta, hb);
        out[n++] = key(52, ha, tb);
        out[n++] = key(53, alone(lex, a - 1) * 1024 + ta, tb);
        out[n++] = key(54, ta, tb * 1024 + alone(lex, b + 1));
        int pa = sound(lex, a);
        int pb = sound(lex, b);
        out[n++] = key(70, pa, pb, echo);
        out[n++] = key(71, pa * 32 + pb, ca, cb);
        return n;
    }

    /** Longest word length the decoder tracks as a state; longer words share the last state. */
    static final int STATES = 4;

    /** Feature weights as the decoder sees them: the trained model, or the perceptron while it learns. */
    interface Weights {
        float weight(long key);
    }

    /**
     * Features of joining across the gap before unit {@code b} when the word being built holds the {@code len}
     * units {@code [b-len, b)} (the decoder's state; {@code len} may exceed {@link #STATES} for the lexicon test).
     */
    static int stateKeys(SyllableLexer.Units u, int[] lex, int b, int len, long[] out) {
        int l = Math.min(len, STATES);
        int s = b - len;
        int n = 0;
        out[n++] = key(30, l, shape(u, b - 1) * 8 + shape(u, b));
        out[n++] = key(31, l, h(u, b - 1), h(u, b));
        // is the word so far a lexicon word, and would it still be one with unit b?
        int whole = len >= 2 && len <= MAX_WORD_UNITS && (lex[s] & (1 << len)) != 0 ? 1 : 0;
        int extended = len + 1 <= MAX_WORD_UNITS && (lex[s] & (1 << (len + 1))) != 0 ? 1 : 0;
        out[n++] = key(32, l, whole * 2 + extended);
        if (len >= 2) {
            out[n++] = key(33, l, h(u, s), h(u, b));
        }
        return n;
    }
}
