package org.gazette.newsroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.taxonomy.SectionEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;

/** The sections in menu order with how many articles each holds, and the form to add one. */
public record SectionsPage(NewsroomFrame frame, List<Row> sections, List<String> languages, Form form) {

    /** One section: its names per language, where editors manage it and where readers see it. */
    public record Row(
            long id,
            String slug,
            int position,
            Map<String, String> names,
            long articles,
            String editUrl,
            String publicUrl) {

        public String name(String lang) {
            return names.getOrDefault(lang, "");
        }
    }

    /** The values of a section's form, as typed. */
    public record Form(String slug, String position, Map<String, String> names) {

        public String name(String lang) {
            return names.getOrDefault(lang, "");
        }

        static Form empty() {
            return new Form("", "100", Map.of());
        }

        static Form of(SectionEditor.SectionTerm section) {
            return new Form(section.slug(), String.valueOf(section.position()), section.names());
        }

        static Form of(String slug, String position, Map<String, String> fields) {
            Map<String, String> names = new LinkedHashMap<>();
            for (String code : Language.SUPPORTED) {
                names.put(code, fields.getOrDefault("name_" + code, ""));
            }
            return new Form(slug, position, names);
        }
    }

    static Row row(SectionEditor.SectionTerm section, Language lang) {
        return new Row(
                section.id(),
                section.slug(),
                section.position(),
                section.names(),
                section.articles(),
                "/newsroom/sections/" + section.id(),
                SiteLinks.term(TermKind.SECTION, lang, section.slug()));
    }

    SectionsPage withError(String message) {
        return new SectionsPage(frame.withError(message), sections, languages, form);
    }
}
