package org.gazette.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves generated image files. A file never changes once written (a new upload gets a new id), so it
 * is cached for a year and marked immutable.
 */
@RestController
class MediaController {

    private final ImageLibrary images;

    MediaController(ImageLibrary images) {
        this.images = images;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<Resource> file(@PathVariable String name) {
        Optional<Path> path = images.file(name);
        if (path.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                .body(new FileSystemResource(path.get()));
    }
}
