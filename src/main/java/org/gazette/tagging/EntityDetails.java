package org.gazette.tagging;

import java.util.List;
import java.util.Map;
import org.gazette.entity.EntityType;

/**
 * An entity as the newsroom shows it: its names by language, type, flags, the stories that name it and each
 * mention in them (the surface words, where they are in the story's plain text, their type).
 */
public record EntityDetails(
        long id,
        String slug,
        EntityType type,
        Map<String, String> names,
        boolean hidden,
        boolean namesEdited,
        String mergedInto,
        List<StoryMentions> stories) {

    /** One story that names the entity, and its mentions of it. */
    public record StoryMentions(long articleId, String lang, String headline, List<MentionAt> mentions) {}

    /** One mention: where it starts and ends (code points), its words and type. */
    public record MentionAt(int start, int end, String surface, EntityType type) {}

    public String name(String lang) {
        String name = names.get(lang);
        if (name == null) {
            name = names.get("en");
        }
        return name != null ? name : names.values().stream().findFirst().orElse(slug);
    }
}
