package org.gazette.site;

/**
 * The reader's text size for article bodies, in CSS pixels: {@value #DEFAULT} by default, from
 * {@value #MIN} to {@value #MAX} in steps of {@value #STEP}. The toolbar on the article page carries
 * these bounds as data attributes, so the script that moves the size and this class agree.
 */
public record FontSize(int px) {

    public static final int MIN = 12;
    public static final int MAX = 28;
    public static final int STEP = 2;
    public static final int DEFAULT = 16;

    public FontSize {
        if (px < MIN || px > MAX || (px - MIN) % STEP != 0) {
            throw new IllegalArgumentException(
                    "font size must be " + MIN + " to " + MAX + " px in steps of " + STEP + ", got " + px);
        }
    }

    public static FontSize standard() {
        return new FontSize(DEFAULT);
    }

    public FontSize bigger() {
        return canGrow() ? new FontSize(px + STEP) : this;
    }

    public FontSize smaller() {
        return canShrink() ? new FontSize(px - STEP) : this;
    }

    public boolean canGrow() {
        return px < MAX;
    }

    public boolean canShrink() {
        return px > MIN;
    }

    /** The readout next to the buttons, as on the reference page: {@code 16 px}. */
    public String readout() {
        return px + " px";
    }
}
