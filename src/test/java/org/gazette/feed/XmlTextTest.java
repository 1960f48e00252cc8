package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlTextTest {

    @Test
    void clean_keepsOrdinaryTextAsTheSameString() {
        String text = "Blinken and Aliyev — «Баку» Şəki 😀 tab\there\nnew line";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.clean(null)).isNull();
    }

    @Test
    void clean_removesControlCharactersLoneSurrogatesAndNonCharacters() {
        assertThat(XmlText.clean("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).isEqualTo("abcdefg");
        assertThat(XmlText.clean("x\uD800y\uDC00z")).isEqualTo("xyz");
        assertThat(XmlText.clean("p\uFFFEq\uFFFFr")).isEqualTo("pqr");
        assertThat(XmlText.clean("keep \uD83D\uDE00 pair")).isEqualTo("keep \uD83D\uDE00 pair");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001B[31m", "\uDBFF", "\uFFFF", "]]>", "</script>", "&bogus;"})
    void clean_makesAnyTextParseInsideAnXmlElement(String hostile) throws Exception {
        String escaped = XmlText.clean("before " + hostile + " after")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>" + escaped + "</t>";
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTextContent())
                .startsWith("before ")
                .endsWith(" after");
    }
}
