package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {

    @Test
    void json_cannotCloseTheScriptElementItIsWrittenInto() {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028";
        String json = StructuredData.json(Map.of("headline", hostile));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(JsonMapper.builder().build().readTree(json).get("headline").asString())
                .isEqualTo(hostile);
    }
}
