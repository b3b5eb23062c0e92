package io.thoisu.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunisolar calendar ("âm lịch"), reckoned at UTC+7: a month starts on the local day of a new moon,
 * the eleventh month is the one holding the winter solstice, and a year with thirteen months repeats the first
 * month that holds no major solar term. News writes festivals in it ("mùng 1 Tết", "ngày 10/3 âm lịch", "rằm tháng
 * Giêng"); a reader gives them as Gregorian days, so this turns a lunar day, month and year into that day.
 *
 * <p>Positions of the Sun and the Moon use the short series of J. Meeus' astronomical formulae (mean new moon plus
 * the main periodic terms, solar longitude with the equation of centre), accurate to minutes for 1900–2100, which
 * is what deciding a local calendar day needs. Pure functions; no state.
 */
final class LunarCalendar {
    /** Mean length of a lunation in days. */
    private static final double SYNODIC_MONTH = 29.530588853;
    /** The Julian day of the new moon the lunation count starts from (1900-01-01). */
    private static final double FIRST_NEW_MOON = 2415021.076998695;
    /** Julian day number of 1970-01-01, to move between {@link LocalDate#toEpochDay()} and Julian days. */
    private static final long EPOCH_JULIAN_DAY = 2440588L;
    /** Vietnam's offset from UTC, in days. */
    private static final double ZONE = 7.0 / 24.0;
    private static final double DEGREE = Math.PI / 180.0;

    private LunarCalendar() {
    }

    /**
     * The Gregorian day of lunar {@code day}/{@code month} of lunar year {@code year} (the year whose first month
     * starts at the Tết of Gregorian {@code year}); empty when the month has no such day (a 30th of a 29-day
     * month) or when {@code leap} names a month that is not leap that year.
     */
    static Optional<LocalDate> toGregorian(int day, int month, int year, boolean leap) {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            return Optional.empty();
        }
        long a11;
        long b11;
        if (month < 11) {
            a11 = eleventhMonthStart(year - 1);
            b11 = eleventhMonthStart(year);
        } else {
            a11 = eleventhMonthStart(year);
            b11 = eleventhMonthStart(year + 1);
        }
        long k = lunation(a11);
        int offset = Math.floorMod(month - 11, 12);
        if (b11 - a11 > 365) { // thirteen months between two solstice months: one of them is leap
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset - 2, 12);
            if (leap && month != leapMonth) {
                return Optional.empty();
            }
            if (leap || offset >= leapOffset) {
                offset++;
            }
        } else if (leap) {
            return Optional.empty();
        }
        long start = newMoonDay(k + offset);
        long next = newMoonDay(k + offset + 1);
        if (day > next - start) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.ofEpochDay(start + day - 1 - EPOCH_JULIAN_DAY));
    }

    /** The lunation number nearest to a Julian day that starts a month. */
    private static long lunation(long monthStart) {
        return (long) Math.floor((monthStart - FIRST_NEW_MOON) / SYNODIC_MONTH + 0.5);
    }

    /** Julian day number of the first day of the lunar month holding the December solstice of {@code year}. */
    private static long eleventhMonthStart(int year) {
        long lastDay = LocalDate.of(year, 12, 31).toEpochDay() + EPOCH_JULIAN_DAY;
        long k = (long) Math.floor((lastDay - 2415021) / SYNODIC_MONTH);
        long start = newMoonDay(k);
        // a month starting once the Sun has passed 270° (the solstice) is the twelfth: take the one before
        if (solarSector(start) >= 9) {
            start = newMoonDay(k - 1);
        }
        return start;
    }

    /** Months after the eleventh of a thirteen-month year until the first one without a new solar term. */
    private static int leapMonthOffset(long a11) {
        long k = lunation(a11);
        int i = 1;
        int sector = solarSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = solarSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    /** The local (UTC+7) Julian day number of the {@code k}-th new moon after the one of 1900-01-01. */
    static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + ZONE);
    }

    /** The instant (Julian ephemeris day, UT) of the {@code k}-th new moon, mean lunation plus periodic terms. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEGREE;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEGREE;
        double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEGREE;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly)
                + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * latitude)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
                - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
                - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
                + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
                + 0.0005 * Math.sin(sunAnomaly + 2 * moonAnomaly);
        // ephemeris time minus universal time, in days
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + correction - deltaT;
    }

    /** Which 30° sector (0–11) the Sun's longitude is in at the start of a local day. */
    private static int solarSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - ZONE) / Math.PI * 6);
    }

    /** The Sun's apparent longitude in radians, in [0, 2π), at a Julian day. */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEGREE;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) + 0.000290 * Math.sin(3 * anomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }
}
