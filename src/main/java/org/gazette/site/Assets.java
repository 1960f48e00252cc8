package org.gazette.site;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Turns the path of a stylesheet or script into its versioned URL ({@code /assets/site-3f2a….css}), so
 * assets can be cached for a year and still change the moment a new version ships.
 */
public record Assets(ResourceUrlProvider urls) {

    public String url(String path) {
        String versioned = urls == null ? null : urls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
