/**
 * Images: upload (JPEG, PNG or WebP, recognised by content), limits on bytes and pixels, responsive
 * widths generated once on upload, files under {@code $GAZETTE_DATA_DIR/media}, and serving them with
 * long-lived cache headers at {@code /media/{id}-{width}.{ext}}.
 */
package org.gazette.media;
