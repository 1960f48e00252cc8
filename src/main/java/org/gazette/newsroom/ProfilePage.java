package org.gazette.newsroom;

import java.util.List;
import org.gazette.account.ApiTokens;
import org.gazette.web.Link;

/** The user's own page: name, interface language, password, and personal API tokens. */
public record ProfilePage(
        NewsroomFrame frame, List<Link> languages, List<ApiTokens.TokenInfo> tokens, String newToken) {}
