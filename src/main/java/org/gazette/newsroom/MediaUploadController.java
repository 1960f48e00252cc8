package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.gazette.account.NewsroomUser;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/media}: upload images (with alt text) and see the latest ones. */
@Controller
class MediaUploadController {

    private final ImageLibrary images;
    private final NewsroomFrames frames;
    private final long maxBytes;

    MediaUploadController(
            ImageLibrary images, NewsroomFrames frames, @Value("${gazette.media.max-bytes:15728640}") long maxBytes) {
        this.images = images;
        this.frames = frames;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/newsroom/media")
    String library(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                new MediaPage(frames.frame(user, request, "nr.media.title", "media"), images.recent(60), maxBytes));
        return "newsroom/media";
    }

    @PostMapping("/newsroom/media")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "") String alt,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) String credit,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws IOException {
        try {
            LeadImage image = images.store(file.getBytes(), alt, caption, credit, user.id());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE,
                    frames.texts(user, request).get("nr.media.uploaded", String.valueOf(image.id())));
        } catch (ImageLibrary.RejectedImageException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/media";
    }
}
