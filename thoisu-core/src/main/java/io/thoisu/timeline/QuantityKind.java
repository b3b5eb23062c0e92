package io.thoisu.timeline;

/**
 * What sort of amount a figure is. Only figures of one kind can dispute each other. Durations, clock readings and
 * ages are never disputes: "18 năm tù" asked for and "18 năm tù" handed down, "21 giờ 30" and "1 giờ sáng", a
 * witness's age are facts of different moments or people, not competing estimates of one total; when outlets do
 * disagree on them the timeline shows it better than a figure dispute would.
 */
enum QuantityKind {
    MONEY, PERCENT, MEASURE, DURATION, CLOCK, AGE, COUNT;

    boolean disputable() {
        return this != DURATION && this != CLOCK && this != AGE;
    }
}
