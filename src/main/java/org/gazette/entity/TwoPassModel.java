package org.gazette.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A language's two tagging models, kept in one compressed file: the first tags each sentence on its own,
 * the second tags it again knowing what the first found in the whole document.
 */
record TwoPassModel(TaggingModel first, TaggingModel second) {

    private static final String MAGIC = "gazette-entity-tagger-2";

    void write(OutputStream out) throws IOException {
        GZIPOutputStream zipped = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zipped);
        data.writeUTF(MAGIC);
        first.write(data);
        second.write(data);
        data.flush();
        zipped.finish();
    }

    static TwoPassModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not an entity tagging model of this version of Gazette");
        }
        return new TwoPassModel(TaggingModel.read(data), TaggingModel.read(data));
    }

    int featureCount() {
        return first.featureCount() + second.featureCount();
    }
}
