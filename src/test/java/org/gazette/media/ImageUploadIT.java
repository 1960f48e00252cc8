package org.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.LeadImage;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploading through the newsroom form (multipart, with its CSRF token) and serving the generated files. */
@GazetteIntegrationTest
class ImageUploadIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ImageLibrary images;

    private static byte[] picture(int width, int height, String format, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(UUID.randomUUID().hashCode()));
        g.fillRect(0, 0, width / 3, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static HttpResponse<String> upload(
            NewsroomClient client, String fileName, byte[] file, Map<String, String> fields) {
        String boundary = "gazette" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", client.csrfToken());
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("/newsroom/media")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private long newestId() {
        List<LeadImage> newest = images.recent(1);
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }

    private NewsroomClient reporter() {
        UserAccount user = Staff.create(accounts, Role.REPORTER);
        NewsroomClient client = new NewsroomClient(port).signedIn(user.email(), Staff.PASSWORD);
        client.get("/newsroom/media");
        return client;
    }

    @Test
    void uploadedImageIsResizedOnceAndServedForAYear() throws IOException {
        NewsroomClient client = reporter();
        long before = newestId();
        HttpResponse<String> response = upload(
                client,
                "ferry.txt",
                picture(1200, 800, "png", Color.BLUE),
                Map.of("alt", "The ferry at the pier", "caption", "Monday morning", "credit", "Gazette"));

        assertThat(response.statusCode()).isEqualTo(302);
        LeadImage image = images.recent(1).get(0);
        assertThat(image.id()).isGreaterThan(before);
        assertThat(image.alt()).isEqualTo("The ferry at the pier");
        assertThat(image.widths()).containsExactly(320, 640, 1024, 1200);
        assertThat(image.extension()).isEqualTo("jpg");
        HttpResponse<String> file = new SiteClient(port).get(image.url(640));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
        assertThat(new SiteClient(port).get("/media/../gazette.db").statusCode())
                .isIn(400, 404);
    }

    @Test
    void fileThatIsNotAnImageIsRefusedWhateverItsName() throws IOException {
        NewsroomClient client = reporter();
        long before = newestId();
        upload(client, "photo.jpg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), Map.of("alt", "x"));
        assertThat(client.get("/newsroom/media").body()).contains("is not a JPEG, PNG or WebP image");
        assertThat(newestId()).isEqualTo(before);
    }

    @Test
    void imageWithoutAltTextIsRefused() throws IOException {
        NewsroomClient client = reporter();
        upload(client, "a.png", picture(50, 40, "png", Color.RED), Map.of("alt", " "));
        assertThat(client.get("/newsroom/media").body()).contains("alt text is required");
    }

    @Test
    void uploadWithoutCsrfTokenIsRefused() throws IOException {
        NewsroomClient client = reporter();
        HttpResponse<String> response =
                upload(client, "a.png", picture(50, 40, "png", Color.GREEN), Map.of("alt", "x", "_csrf", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void uploadThatIsNotMultipartGetsA400SayingWhatIsExpected() {
        NewsroomClient client = reporter();
        long before = newestId();
        HttpResponse<String> response = client.post("/newsroom/media", Map.of("alt", "x", "file", "not a file"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("multipart/form-data");
        assertThat(newestId()).isEqualTo(before);
    }
}
