package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void hashesTextAsUtf8InLowerCaseHex() {
        // the FIPS 180-2 test vector
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void textAndItsUtf8BytesHashAlike() {
        assertThat(Sha256.hex("Şəki"))
                .isEqualTo(Sha256.hex("Şəki".getBytes(StandardCharsets.UTF_8)))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }
}
