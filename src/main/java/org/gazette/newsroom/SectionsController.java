package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Language;
import org.gazette.article.Slug;
import org.gazette.taxonomy.TaxonomyRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/sections} (editors): name sections in each language, order the menu, add sections. */
@Controller
class SectionsController {

    private final TaxonomyRepository taxonomy;
    private final NewsroomFrames frames;

    SectionsController(TaxonomyRepository taxonomy, NewsroomFrames frames) {
        this.taxonomy = taxonomy;
        this.frames = frames;
    }

    @GetMapping("/newsroom/sections")
    String list(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        model.addAttribute("page", new SectionsPage(frames.frame(user, request, "nr.sections.title", "sections"),
                taxonomy.sectionsWithNames(), Language.SUPPORTED));
        return "newsroom/sections";
    }

    @PostMapping("/newsroom/sections")
    String save(@RequestParam String slug, @RequestParam(defaultValue = "100") int position,
            @RequestParam Map<String, String> fields, @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Slug section = Slug.from(slug).orElseThrow(() ->
                    new IllegalArgumentException("a section needs letters or digits in its slug, got '" + slug + "'"));
            Map<Language, String> names = new LinkedHashMap<>();
            for (String code : Language.SUPPORTED) {
                names.put(Language.of(code), fields.get("name_" + code));
            }
            taxonomy.saveSection(section, position, names);
            redirect.addFlashAttribute(NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.sections.saved"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/sections";
    }
}
