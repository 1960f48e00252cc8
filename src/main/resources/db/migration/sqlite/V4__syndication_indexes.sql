-- Syndication reads across languages: the whole site's feed (newest published stories of every
-- language), the sitemaps (published stories by publication time) and the news sitemap (the last 48
-- hours). The per-language index cannot serve those without a full scan and sort.
create index articles_by_publication on articles (status, published_at desc, id desc);

-- Conditional requests for feeds compare against the latest write (max(modified_at)).
create index articles_by_modification on articles (modified_at);
