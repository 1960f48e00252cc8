package org.gazette.article;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The picture at the top of a story, with the widths generated for it on upload. Its files are
 * served at {@code /media/{id}-{width}.{extension}}.
 */
public record LeadImage(
        long id,
        String alt,
        String caption,
        String credit,
        int width,
        int height,
        List<Integer> widths,
        String extension) {

    public LeadImage {
        widths = List.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("an image needs at least one generated width, got none for image " + id);
        }
    }

    /** The URL of the generated file of this width. */
    public String url(int generatedWidth) {
        return "/media/" + id + "-" + generatedWidth + "." + extension;
    }

    /** The largest width at most {@code max}, or the smallest one when all are larger. */
    public String urlUpTo(int max) {
        int chosen = widths.get(0);
        for (int w : widths) {
            if (w <= max) {
                chosen = w;
            }
        }
        return url(chosen);
    }

    /** The media type of every generated file. */
    public String mediaType() {
        return "png".equals(extension) ? "image/png" : "image/jpeg";
    }

    /** The largest generated width, the one metadata and feeds point to. */
    public int largestWidth() {
        return widths.get(widths.size() - 1);
    }

    public String srcset() {
        return widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** The height of the file {@link #urlUpTo} returns, for layout without a jump. */
    public int heightAt(int generatedWidth) {
        return Math.max(1, Math.round((float) height * generatedWidth / width));
    }

    static List<Integer> parseWidths(String csv) {
        return java.util.Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
