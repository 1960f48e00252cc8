package org.gazette.newsroom;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.gazette.system.GazetteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/v1/media}: the newsroom's image upload for scripts with a token. The same checks
 * apply as in the newsroom ({@link ImageLibrary#store}): the type is read from the content, bytes and
 * pixels are limited, alt text is required. The answer gives the image's number, which an article's
 * {@code lead_image} takes, and the URLs of its generated files.
 */
@RestController
class MediaApiController {

    private final ImageLibrary images;
    private final GazetteProperties site;

    MediaApiController(ImageLibrary images, GazetteProperties site) {
        this.images = images;
        this.site = site;
    }

    /** One generated file. */
    record Rendition(int width, int height, String url) {}

    /** An image in the library; {@code url} is its largest file. */
    record ImageJson(
            long id,
            String url,
            String type,
            int width,
            int height,
            String alt,
            String caption,
            String credit,
            List<Rendition> renditions) {

        static ImageJson from(LeadImage image, GazetteProperties site) {
            int largest = image.largestWidth();
            return new ImageJson(
                    image.id(),
                    site.absolute(image.url(largest)),
                    image.mediaType(),
                    image.width(),
                    image.height(),
                    image.alt(),
                    image.caption(),
                    image.credit(),
                    image.widths().stream()
                            .map(w -> new Rendition(w, image.heightAt(w), site.absolute(image.url(w))))
                            .toList());
        }
    }

    @PostMapping("/api/v1/media")
    ResponseEntity<?> upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String alt,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit,
            @AuthenticationPrincipal NewsroomUser user)
            throws IOException {
        LeadImage image = images.store(file.getBytes(), alt, caption, credit, user.id());
        ImageJson json = ImageJson.from(image, site);
        return ResponseEntity.created(URI.create(json.url())).body(json);
    }

    @ExceptionHandler(ImageLibrary.RejectedImageException.class)
    ResponseEntity<ProblemDetail> rejected(ImageLibrary.RejectedImageException e) {
        return problem("Invalid image", e.getMessage(), e.getMessage().startsWith("alt text") ? "alt" : "file");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> notMultipart(Exception e) {
        return problem(
                "Invalid image",
                "send the image as multipart/form-data with a 'file' part and an 'alt' " + "field",
                "file");
    }

    private static ResponseEntity<ProblemDetail> problem(String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }
}
