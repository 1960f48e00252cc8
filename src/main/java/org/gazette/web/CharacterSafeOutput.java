package org.gazette.web;

import gg.jte.TemplateOutput;
import org.gazette.text.ControlCharacters;

/**
 * A template's output without the characters HTML forbids (C0 and C1 controls other than tab and line
 * breaks, U+FFFE, U+FFFF, lone surrogates). Input never lets them in ({@code ArticleInput} strips them),
 * but a row written before that rule, or by hand, may still hold them, and one such name would make every
 * page listing it invalid HTML. Clean text, which is nearly all text, passes through after one scan.
 */
final class CharacterSafeOutput implements TemplateOutput {

    private final TemplateOutput output;

    CharacterSafeOutput(TemplateOutput output) {
        this.output = output;
    }

    @Override
    public void writeContent(String value) {
        output.writeContent(ControlCharacters.strip(value));
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        String part = value.substring(beginIndex, endIndex);
        String clean = ControlCharacters.strip(part);
        if (clean == part) {
            output.writeContent(value, beginIndex, endIndex);
        } else {
            output.writeContent(clean);
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        output.writeBinaryContent(value); // the templates' own text, compiled in: clean by construction
    }
}
