package org.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageLibraryTest {

    @Test
    void recognisesFormatsByTheirMagicBytesOnly() {
        assertThat(ImageLibrary.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("jpeg");
        assertThat(ImageLibrary.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isEqualTo("png");
        assertThat(ImageLibrary.sniff("RIFF0000WEBPVP8 ".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("webp");
        assertThat(ImageLibrary.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(ImageLibrary.sniff("GIF89a......".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(ImageLibrary.sniff(new byte[0])).isNull();
    }
}
