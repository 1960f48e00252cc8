package org.gazette.entity.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * The linking set of {@code src/test/resources/entity-linking/linking-set.txt}: stories whose names are marked
 * {@code [text|TYPE|expected entity]}, read into {@link Story} values (the marks taken out, offsets in code
 * points) with the expected entity of each mention.
 */
record LinkingSet(List<JudgedStory> stories) {

    record JudgedStory(String id, Story story, List<String> expected) {}

    private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|(PER|ORG|LOC)\\|([^\\]]+)\\]");

    static LinkingSet load(String resource) {
        try (InputStream in = LinkingSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinkingSet parse(String file) {
        List<JudgedStory> stories = new ArrayList<>();
        String id = null;
        String language = null;
        StringBuilder text = new StringBuilder();
        for (String line : file.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@ ")) {
                if (id != null) {
                    stories.add(story(id, language, text.toString().strip()));
                }
                String[] header = line.substring(2).strip().split("\\s+");
                id = header[0];
                language = header[1];
                text.setLength(0);
            } else if (id != null) {
                text.append(line).append('\n');
            }
        }
        if (id != null) {
            stories.add(story(id, language, text.toString().strip()));
        }
        return new LinkingSet(stories);
    }

    int mentionCount() {
        return stories.stream().mapToInt(s -> s.expected().size()).sum();
    }

    private static JudgedStory story(String id, String language, String marked) {
        StringBuilder plain = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Matcher mark = MARK.matcher(marked);
        int last = 0;
        while (mark.find()) {
            plain.append(marked, last, mark.start());
            int start = plain.codePointCount(0, plain.length());
            plain.append(mark.group(1));
            int end = plain.codePointCount(0, plain.length());
            mentions.add(new Mention(start, end, EntityType.valueOf(mark.group(2)), mark.group(1)));
            expected.add(mark.group(3));
            last = mark.end();
        }
        plain.append(marked.substring(last));
        if (plain.indexOf("[") >= 0 || plain.indexOf("]") >= 0) {
            throw new IllegalArgumentException("story " + id + " has a malformed mark: " + plain);
        }
        return new JudgedStory(id, new Story(language, plain.toString(), mentions), expected);
    }
}
