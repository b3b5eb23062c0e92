package io.thoisu.model;

import io.thoisu.testkit.StageContract;

/** The test kit's stage contract for stages whose output are {@link Span}s of the input text. */
public abstract class SpanStageContract<T extends Span> extends StageContract<T> {
    @Override
    protected int start(T item) {
        return item.start();
    }

    @Override
    protected int end(T item) {
        return item.end();
    }
}
