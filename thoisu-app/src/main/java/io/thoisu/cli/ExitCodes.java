package io.thoisu.cli;

/** The contract's exit codes. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int NOTHING_PROCESSED = 3;

    private ExitCodes() {
    }

    /** 3 when nothing went through (inputs failed, or there were none), 1 when some inputs failed, else 0. */
    static int of(int processed, int rejected) {
        if (processed == 0) {
            return NOTHING_PROCESSED;
        }
        return rejected > 0 ? SOME_REJECTED : OK;
    }
}
