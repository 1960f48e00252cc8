package org.gazette.event;

import java.util.List;
import org.gazette.entity.EntityRecognizer;
import org.gazette.entity.linking.EntityCatalogue;
import org.gazette.entity.linking.EntityLinker;
import org.gazette.entity.linking.Story;
import org.gazette.text.Language;

/** Runs recognition and linking as the tagging pipeline does, so that tests feed the extractor real mentions. */
final class TaggedStory {

    private static EntityRecognizer recognizer;

    private TaggedStory() {}

    static synchronized List<LinkedMention> mentions(Language language, String text) {
        if (recognizer == null) {
            recognizer = new EntityRecognizer();
        }
        var mentions = recognizer.find(language, text);
        return EntityLinker.shipped()
                .link(new Story(language.code(), text, mentions), EntityCatalogue.withGazetteer())
                .stream()
                .map(link -> new LinkedMention(link.mention(), link.entityKey()))
                .toList();
    }
}
