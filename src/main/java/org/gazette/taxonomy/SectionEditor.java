package org.gazette.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.taxonomy.TermRefusedException.Reason;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How editors manage sections: list them in menu order with how many articles each holds, create
 * them, rename them in each language, move them in the menu or to another slug, and delete one that
 * holds nothing. A slug a section gives up still leads to it ({@link RetiredTerms}), and wire sources
 * filing into it follow it. Each change publishes {@link TermChanged} inside its transaction with the
 * articles that now read differently. Tags, authors and sources are {@link TermEditor}'s.
 */
@Service
public class SectionEditor {

    public static final int MAX_POSITION = 10_000;

    /** A section as editors see it: its place in the menu and its name in each language. */
    public record SectionTerm(long id, String slug, int position, Map<String, String> names, long articles) {

        public String name(String lang) {
            return names.getOrDefault(lang, "");
        }
    }

    private static final String SECTIONS =
            """
            select s.id, s.slug, s.position, (select count(*) from articles a where a.section_id = s.id) as articles
            from sections s""";

    private final JdbcClient jdbc;
    private final TermRows rows;
    private final RetiredTerms retired;
    private final ApplicationEventPublisher events;

    SectionEditor(JdbcClient jdbc, TermRows rows, RetiredTerms retired, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.retired = retired;
        this.events = events;
    }

    /** Every section in menu order, with its names and how many articles it holds. */
    public List<SectionTerm> all() {
        return withNames(jdbc.sql(SECTIONS + " order by s.position, s.slug")
                .query(SectionEditor::section)
                .list());
    }

    public Optional<SectionTerm> find(long id) {
        return withNames(jdbc.sql(SECTIONS + " where s.id = :id")
                        .param("id", id)
                        .query(SectionEditor::section)
                        .list())
                .stream()
                .findFirst();
    }

    /** Creates a section; a language left without a name shows the slug, capitalised, until one is given. */
    @Transactional
    public SectionTerm create(String slug, int position, Map<Language, String> names) {
        Slug address = TermInput.slug(slug);
        TermInput.requirePosition(position);
        Map<Language, TermName> given = TermInput.sectionNames(names);
        rows.requireSlugFree(TermKind.SECTION, address, 0);
        long id = jdbc.sql("insert into sections (slug, position) values (:slug, :position) returning id")
                .param("slug", address.value())
                .param("position", position)
                .query(Long.class)
                .single();
        String fallback = TaxonomyRepository.provisionalName(address);
        for (String code : Language.SUPPORTED) {
            TermName name = given.get(Language.of(code));
            jdbc.sql("insert into section_names (section_id, lang, name) values (:id, :lang, :name)")
                    .param("id", id)
                    .param("lang", code)
                    .param("name", name == null ? fallback : name.display())
                    .update();
        }
        retired.claim(TermKind.SECTION, address.value(), null);
        events.publishEvent(new TermChanged(TermKind.SECTION, List.of()));
        return find(id).orElseThrow();
    }

    /**
     * Renames a section in the languages given a name (the others keep theirs), moves it in the menu and,
     * when the slug changes, to a new address; wire sources filing into it follow.
     */
    @Transactional
    public SectionTerm update(long id, String slug, int position, Map<Language, String> names) {
        SectionTerm current = lock(id);
        Slug address = TermInput.slugOr(slug, current.slug());
        TermInput.requirePosition(position);
        Map<Language, TermName> given = TermInput.sectionNames(names);
        boolean moved = !address.value().equals(current.slug());
        if (moved) {
            rows.requireSlugFree(TermKind.SECTION, address, id);
            retired.retireSlug(TermKind.SECTION, current.slug(), id);
            retired.claim(TermKind.SECTION, address.value(), null);
            jdbc.sql("update wire_sources set section = :slug where section = :old")
                    .param("slug", address.value())
                    .param("old", current.slug())
                    .update();
        }
        jdbc.sql("update sections set slug = :slug, position = :position where id = :id")
                .param("slug", address.value())
                .param("position", position)
                .param("id", id)
                .update();
        boolean renamed = false;
        for (Map.Entry<Language, TermName> name : given.entrySet()) {
            String code = name.getKey().code();
            if (!name.getValue().display().equals(current.name(code))) {
                renamed = true;
                jdbc.sql(
                                """
                                insert into section_names (section_id, lang, name) values (:id, :lang, :name)
                                on conflict (section_id, lang) do update set name = excluded.name""")
                        .param("id", id)
                        .param("lang", code)
                        .param("name", name.getValue().display())
                        .update();
            }
        }
        events.publishEvent(new TermChanged(
                TermKind.SECTION, moved || renamed ? rows.articleIds(TermKind.SECTION, id) : List.of()));
        return find(id).orElseThrow();
    }

    /** Deletes a section that holds no article and no wire source files into. */
    @Transactional
    public SectionTerm delete(long id) {
        SectionTerm section = lock(id);
        if (section.articles() > 0) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the section '" + section.slug() + "' holds " + section.articles()
                            + " articles; move them to another section first",
                    "nr.sections.error.notEmpty",
                    section.slug(),
                    section.articles());
        }
        List<String> feeds = jdbc.sql("select name from wire_sources where section = :slug order by name")
                .param("slug", section.slug())
                .query(String.class)
                .list();
        if (!feeds.isEmpty()) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the wire sources " + feeds + " file into the section '" + section.slug() + "'",
                    "nr.sections.error.wireSources",
                    section.slug(),
                    String.join(", ", feeds));
        }
        retired.forget(TermKind.SECTION, id);
        jdbc.sql("delete from section_names where section_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from sections where id = :id").param("id", id).update();
        events.publishEvent(new TermChanged(TermKind.SECTION, List.of()));
        return section;
    }

    private static SectionTerm section(ResultSet rs, int i) throws SQLException {
        return new SectionTerm(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getInt("position"),
                new LinkedHashMap<>(),
                rs.getLong("articles"));
    }

    private List<SectionTerm> withNames(List<SectionTerm> sections) {
        if (sections.isEmpty()) {
            return sections;
        }
        Map<Long, SectionTerm> byId = new LinkedHashMap<>();
        sections.forEach(s -> byId.put(s.id(), s));
        jdbc.sql("select section_id, lang, name from section_names where section_id in (:ids)")
                .param("ids", byId.keySet())
                .query((rs, i) -> byId.get(rs.getLong(1)).names().put(rs.getString(2), rs.getString(3)))
                .list();
        return sections;
    }

    private SectionTerm lock(long id) {
        rows.lock(TermKind.SECTION, id);
        return find(id).orElseThrow(() -> TermRefusedException.noSuchTerm(TermKind.SECTION, id));
    }
}
