package org.gazette.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.text.Language;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Finds the people, organisations and places named in a text in English, Russian or Azerbaijani, with
 * models trained offline and shipped on the class path (see docs/understanding.md). The models load once,
 * when something first asks for the recogniser (not with every context that never tags a text); the recogniser keeps no state between calls and may be used from any
 * number of threads. Any text is accepted: empty, huge, in mixed scripts or with markup left in it.
 */
@Component
@Lazy // made on first use: the models are loaded only by what tags texts
public class EntityRecognizer {

    private final Map<String, LanguageTagger> taggers;

    public EntityRecognizer() {
        this.taggers = ShippedTaggers.TAGGERS;
    }

    /**
     * The shipped models, read once per process: they never change, and a process that holds several
     * application contexts (the test suite caches dozens) would otherwise hold one copy of some 60-100 MB of
     * weights per context. Loaded when the first recogniser is made (the holder idiom).
     */
    private static final class ShippedTaggers {
        static final Map<String, LanguageTagger> TAGGERS = load();

        private static Map<String, LanguageTagger> load() {
            KnownNames known = new KnownNames();
            Map<String, LanguageTagger> taggers = new HashMap<>();
            for (String code : Language.SUPPORTED) {
                LanguageSetup setup = LanguageSetup.of(Language.of(code), known);
                taggers.put(code, new LanguageTagger(setup, EntityRecognizer.load(setup)));
            }
            return Map.copyOf(taggers);
        }
    }

    private static TwoPassModel load(LanguageSetup setup) {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(setup.modelResource())) {
            if (in == null) {
                throw new IllegalStateException("the entity model " + setup.modelResource() + " is missing");
            }
            return TwoPassModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the entity model " + setup.modelResource(), e);
        }
    }

    /** The names in {@code text}, in text order, with code point offsets into it ({@code end} exclusive). */
    public List<Mention> find(Language language, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<EntityTags.Span> spans = taggers.get(language.code()).find(text);
        List<Mention> mentions = new ArrayList<>(spans.size());
        int charIndex = 0;
        int codePoints = 0;
        for (EntityTags.Span span : spans) {
            codePoints += text.codePointCount(charIndex, span.start());
            int start = codePoints;
            codePoints += text.codePointCount(span.start(), span.end());
            charIndex = span.end();
            mentions.add(new Mention(start, codePoints, span.type(), text.substring(span.start(), span.end())));
        }
        return mentions;
    }
}
