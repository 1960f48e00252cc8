package org.gazette.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of the facet fields numbered across every segment of one index reader ("global
 * ordinals"). Each segment numbers its values in its own sorted order; with a map from those numbers
 * to reader-wide ones, counts from every segment add up in one array, and only the few values shown
 * are ever read as text, once per reader. Built when a searcher is opened ({@link #searchers()}) and
 * dropped with it: nothing outlives the reader it describes, and nothing is kept in a static field.
 */
final class FacetOrdinals {

    /** Single-valued facet fields (one value a document at most); {@link IndexFields#LANG} first. */
    static final List<String> SINGLE =
            List.of(IndexFields.LANG, IndexFields.SECTION, IndexFields.SOURCE, IndexFields.YEAR);
    /** Multi-valued facet fields. */
    static final List<String> MULTI = List.of(IndexFields.TAG, IndexFields.ENTITY);

    private final IndexReader reader;
    private final Map<String, OrdinalMap> maps;
    /** Values already read, by field and reader-wide ordinal: the facets shown are much the same each time. */
    private final Map<String, AtomicReferenceArray<String>> values = new HashMap<>();

    private FacetOrdinals(IndexReader reader, Map<String, OrdinalMap> maps) {
        this.reader = reader;
        this.maps = maps;
        maps.forEach(
                (field, map) -> values.put(field, new AtomicReferenceArray<>(Math.toIntExact(map.getValueCount()))));
    }

    /** Numbers the facet values of this reader's segments. */
    static FacetOrdinals of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        Map<String, OrdinalMap> maps = new HashMap<>();
        for (String field : SINGLE) {
            SortedDocValues[] values = new SortedDocValues[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                values[leaf.ord] = DocValues.getSorted(leaf.reader(), field);
            }
            maps.put(field, OrdinalMap.build(null, values, PackedInts.DEFAULT));
        }
        for (String field : MULTI) {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
            }
            maps.put(field, OrdinalMap.build(null, values, PackedInts.DEFAULT));
        }
        return new FacetOrdinals(reader, maps);
    }

    /** Searchers that carry the facet ordinals of their reader. */
    static SearcherFactory searchers() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new Searcher(reader, of(reader));
            }
        };
    }

    /** A searcher with the facet ordinals of its reader. */
    static final class Searcher extends IndexSearcher {
        private final FacetOrdinals ordinals;

        Searcher(IndexReader reader, FacetOrdinals ordinals) {
            super(reader);
            this.ordinals = ordinals;
        }

        FacetOrdinals ordinals() {
            return ordinals;
        }
    }

    /** The ordinals of the searcher's reader: carried by it, or numbered now for any other searcher. */
    static FacetOrdinals of(IndexSearcher searcher) throws IOException {
        if (searcher instanceof Searcher carrying && carrying.ordinals.reader == searcher.getIndexReader()) {
            return carrying.ordinals;
        }
        return of(searcher.getIndexReader());
    }

    /** How many distinct values the field has across the reader. */
    int valueCount(String field) {
        return Math.toIntExact(maps.get(field).getValueCount());
    }

    /** From a segment's numbers for the field's values (the segment's {@code ord}) to reader-wide ones. */
    LongValues global(String field, int leaf) {
        return maps.get(field).getGlobalOrds(leaf);
    }

    /** The value with this reader-wide number, read from the first segment that has it. */
    String value(String field, int globalOrd) throws IOException {
        AtomicReferenceArray<String> known = values.get(field);
        String value = known.get(globalOrd);
        if (value == null) {
            value = read(field, globalOrd);
            known.set(globalOrd, value);
        }
        return value;
    }

    private String read(String field, int globalOrd) throws IOException {
        OrdinalMap map = maps.get(field);
        LeafReaderContext leaf = reader.leaves().get(map.getFirstSegmentNumber(globalOrd));
        long ord = map.getFirstSegmentOrd(globalOrd);
        BytesRef value = SINGLE.contains(field)
                ? DocValues.getSorted(leaf.reader(), field).lookupOrd((int) ord)
                : DocValues.getSortedSet(leaf.reader(), field).lookupOrd(ord);
        return value.utf8ToString();
    }
}
