package org.gazette.newsroom;

import java.util.List;
import org.gazette.taxonomy.TaxonomyRepository;

/** The sections with their names per language, for editors to rename, reorder and add. */
public record SectionsPage(NewsroomFrame frame, List<TaxonomyRepository.SectionNames> sections, List<String> languages) {
}
