package org.gazette.search;

/**
 * A mild preference for recent stories: a factor from 1 + {@link #WEIGHT} for a story published now,
 * falling to half that extra after {@link #HALF_LIFE_DAYS} days, towards 1 for old ones. Mild on
 * purpose: it decides between comparable matches and never lifts a passing mention above a story about
 * the subject. Applied to the best matches only, by {@link RelevanceTop}.
 */
final class RecencyBoost {

    static final double WEIGHT = 0.2;
    static final double HALF_LIFE_DAYS = 90;
    /** The largest factor, a story's on the day it is published: what a text score can at most be raised by. */
    static final double MAX_FACTOR = 1 + WEIGHT;

    private static final double DAY_MILLIS = 86_400_000.0;

    private RecencyBoost() {}

    static double factor(long ageMillis) {
        double days = Math.max(0, ageMillis) / DAY_MILLIS;
        return 1 + WEIGHT * HALF_LIFE_DAYS / (HALF_LIFE_DAYS + days);
    }
}
