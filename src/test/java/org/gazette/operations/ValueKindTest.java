package org.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueKindTest {

    @Test
    void theTypeNamesOfBothEnginesMapToOneKind() {
        // SQLite reports declared types, PostgreSQL its internal names
        assertThat(ValueKind.of("INTEGER")).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of("BIGINT")).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of("int8")).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of("int4")).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of("bigserial")).isEqualTo(ValueKind.INTEGER);
        assertThat(ValueKind.of("TEXT")).isEqualTo(ValueKind.TEXT);
        assertThat(ValueKind.of("varchar")).isEqualTo(ValueKind.TEXT);
        assertThat(ValueKind.of("bytea")).isEqualTo(ValueKind.BYTES);
        assertThat(ValueKind.of("BLOB")).isEqualTo(ValueKind.BYTES);
        assertThat(ValueKind.of("bool")).isEqualTo(ValueKind.BOOLEAN);
        assertThat(ValueKind.of("float8")).isEqualTo(ValueKind.REAL);
        assertThat(ValueKind.of("numeric")).isEqualTo(ValueKind.NUMERIC);
        assertThat(ValueKind.of("timestamptz")).isEqualTo(ValueKind.OTHER);
    }

    @Test
    void aValueIsSpelledByWhatItIsSoTheTextOneAndTheNumberOneDiffer() {
        assertThat(ValueKind.canonical(1L)).isNotEqualTo(ValueKind.canonical("1"));
        assertThat(ValueKind.canonical(null)).isNotEqualTo(ValueKind.canonical(""));
        assertThat(ValueKind.canonical(null)).isNotEqualTo(ValueKind.canonical("n"));
        assertThat(ValueKind.canonical("n")).isNotEqualTo(ValueKind.canonical(new byte[] {'n'}));
        assertThat(new String(ValueKind.canonical("Əliyev"), StandardCharsets.UTF_8))
                .isEqualTo("sƏliyev");
    }

    @Test
    void numbersHaveOneSpellingWhateverTheirScale() {
        assertThat(ValueKind.canonical(new BigDecimal("1.50"))).isEqualTo(ValueKind.canonical(new BigDecimal("1.5")));
        assertThat(ValueKind.canonical(Long.MAX_VALUE))
                .isEqualTo(("i" + Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
    }
}
