package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(in)) {
            byte[] line;
            while ((line = reader.next()) != null) {
                lines.add(new String(line, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        assertThat(lines(stream("one\ntwo\r\n\nthree"))).containsExactly("one", "two", "", "three");
    }

    @Test
    void aFinalNewlineDoesNotMakeAnEmptyLastLine() throws IOException {
        assertThat(lines(stream("one\ntwo\n"))).containsExactly("one", "two");
        assertThat(lines(stream(""))).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferArriveWhole() throws IOException {
        String longLine = "ж".repeat(200_000);
        assertThat(lines(stream("a\n" + longLine + "\nb"))).containsExactly("a", longLine, "b");
    }

    @Test
    void streamsThatDeliverOneByteAtATimeAreReadTheSame() throws IOException {
        byte[] bytes = "first\r\nsecond\nthird".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= bytes.length) {
                    return -1;
                }
                b[off] = bytes[next++];
                return 1;
            }
        };
        assertThat(lines(trickle)).containsExactly("first", "second", "third");
    }
}
