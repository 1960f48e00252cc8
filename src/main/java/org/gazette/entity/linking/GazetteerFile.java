package org.gazette.entity.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tab-separated list shipped under {@code /entity-linking/}: one row a line, {@code #} starts a comment,
 * {@code -} is an empty cell, and the rows must have the columns the caller asks for.
 */
final class GazetteerFile {

    private GazetteerFile() {}

    static List<List<String>> rows(String name, int columns) {
        String path = "/entity-linking/" + name;
        try (InputStream in = GazetteerFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer file " + path + " is missing from the classpath");
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
                if (cells.size() != columns) {
                    throw new IllegalStateException(path + " line " + number + " has " + cells.size()
                            + " columns, expected " + columns + ": '" + line + "'");
                }
                cells.replaceAll(cell -> cell.strip().equals("-") ? "" : cell.strip());
                rows.add(List.copyOf(cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell split on {@code |} or {@code ,}, without empty parts. */
    static List<String> list(String cell, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The language a spelling is written in, by its script and letters: Cyrillic ru, ə-words az, else en. */
    static String languageOf(String spelling) {
        for (int i = 0; i < spelling.length(); i++) {
            if (Character.UnicodeScript.of(spelling.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return "ru";
            }
        }
        return spelling.matches(".*[əƏıİşŞğĞçÇöÖüÜ].*") ? "az" : "en";
    }
}
