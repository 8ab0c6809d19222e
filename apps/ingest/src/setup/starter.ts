/**
 * The config `ingest init` writes: the repository's `stancewatch.config.example.json` with the
 * operator's contact URL (a test keeps the two in step). Real public news feeds, polite defaults.
 */
export function starterConfig(contact: string): Record<string, unknown> {
  return {
    db: "data/stancewatch.db",
    schedule: { cron: "17 */2 * * *", timezone: "UTC" },
    fetch: {
      userAgent: "StancewatchBot/0.1",
      contact,
      timeoutMs: 15000,
      connectTimeoutMs: 10000,
      maxBytes: 5242880,
      maxRedirects: 5,
      concurrency: 8,
      perHostConcurrency: 2,
      perHostDelayMs: 1000,
      retries: 2,
      retryBaseDelayMs: 500,
      retryMaxDelayMs: 30000,
      robots: true,
      allowHosts: [],
    },
    sources: [
      {
        name: "BBC News – Europe",
        url: "https://feeds.bbci.co.uk/news/world/europe/rss.xml",
        include: ["/news/"],
        maxItems: 40,
        language: "en",
      },
      {
        name: "The Guardian – Ukraine",
        url: "https://www.theguardian.com/world/ukraine/rss",
        maxItems: 40,
        language: "en",
      },
      {
        name: "Deutsche Welle – all (RSS 1.0)",
        url: "https://rss.dw.com/rdf/rss-en-all",
        include: ["ukrain", "russia", "kremlin", "putin", "zelensk"],
        maxItems: 30,
        language: "en",
      },
      {
        name: "Al Jazeera – all",
        url: "https://www.aljazeera.com/xml/rss/all.xml",
        include: ["ukraine", "russia"],
        maxItems: 30,
        language: "en",
      },
      { name: "NPR – World", url: "https://feeds.npr.org/1004/rss.xml", maxItems: 30, language: "en" },
      { name: "Meduza – English", url: "https://meduza.io/rss/en/all", maxItems: 30, language: "en" },
      { name: "TASS – English", url: "https://tass.com/rss/v2.xml", maxItems: 30, language: "en" },
      {
        name: "The Guardian – Google News sitemap",
        url: "https://www.theguardian.com/sitemaps/news.xml",
        include: ["/world/(ukraine|russia)"],
        maxItems: 50,
        language: "en",
      },
      { name: "Saved pages", path: "./archive" },
    ],
  };
}
