#!/usr/bin/env node
// Writes demo/corpus/*.html from the article data in this folder: each outlet has its own page
// template (markup, metadata style and boilerplate differ, as they do on real sites), so the
// cleaner sees the variety it meets in the wild. Run: node demo/tools/build-corpus.mjs
// (`--check` writes nothing and fails when demo/corpus differs from what the data would generate).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { autumn } from "./articles-autumn.mjs";
import { spring } from "./articles-spring.mjs";
import { summer } from "./articles-summer.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "corpus");

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const jsonLd = (obj) => JSON.stringify(obj, null, 2).replace(/</g, "\\u003c");
const day = (iso) => iso.slice(0, 10);
const longDate = (iso) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const usDate = (iso) =>
  new Date(iso).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
const ymdPath = (iso) => day(iso).replaceAll("-", "/");

/** UTF-8 bytes read as Windows-1252: the commonest mojibake on the web ("’" → "â€™"). */
const CP1252 = {
  128: "€",
  130: "‚",
  131: "ƒ",
  132: "„",
  133: "…",
  134: "†",
  135: "‡",
  136: "ˆ",
  137: "‰",
  138: "Š",
  139: "‹",
  140: "Œ",
  142: "Ž",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  152: "˜",
  153: "™",
  154: "š",
  155: "›",
  156: "œ",
  158: "ž",
  159: "Ÿ",
};
const garble = (s) => [...Buffer.from(s, "utf8")].map((b) => CP1252[b] ?? String.fromCharCode(b)).join("");

/** What a cheap article spinner does to a story: word-for-word "synonyms" with no sense of context. */
const SPIN = [
  [/^[A-Z]+ \(Eastbridge Wire\) — /, ""],
  [/\bMay\b/g, "Could"],
  [/\bwar\b/g, "warfare"],
  [/\bbill\b/g, "invoice"],
  [/\bthat a\b/g, "{that a}"],
  [/\bsecond\b/g, "2nd"],
  [/\bdemand\b/g, "requirement"],
  [/\bmet\b/g, "met up"],
  [/\bthe end of\b/g, "the tip of"],
  [/\bagreed\b/g, "agreed upon"],
  [/\bsaid\b/g, "stated"],
  [/\bsides\b/g, "aspect"],
  [/\bprisoners\b/g, "prisoners of warfare"],
  [/\bfull\b/g, "complete"],
  [/\bmeeting\b/g, "assembly"],
  [/\bwithdrew\b/g, "pulled out"],
  [/\bfallen soldiers\b/g, "fallen troopers"],
  [/\bproposed\b/g, "projected"],
  [/\bfront\b/g, "entrance"],
  [/\blittle over\b/g, "little greater than"],
];
const spin = (s) => SPIN.reduce((t, [re, to]) => t.replace(re, to), s);

/** Renders the article body blocks as an outlet marks them up. */
function bodyHtml(blocks, { p = "p", figure, quote, h2 = "h2" } = {}) {
  return blocks
    .map((b) => {
      if (typeof b === "string") return `<${p}>${esc(b)}</${p.split(" ")[0]}>`;
      if (b.h2) return `<${h2}>${esc(b.h2)}</${h2.split(" ")[0]}>`;
      if (b.quote) return quote(b);
      if (b.figure) return figure(b);
      if (b.list) return `<ul>${b.list.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;
      throw new Error(`unknown block ${JSON.stringify(b)}`);
    })
    .join("\n          ");
}

const cookieBanner = (site) => `
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>${esc(site)} and our 143 partners use cookies and similar technologies to personalise content and ads, and to analyse our traffic. You can change your choices at any time in Privacy settings.</p>
    <button type="button" class="btn-accept">Accept all</button> <button type="button" class="btn-manage">Manage preferences</button>
  </div>`;

const analytics = `
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-DEMO000');</script>
  <script async src="/static/js/ads.bundle.js"></script>`;

// ── outlets ──────────────────────────────────────────────────────────────────────────────────────
const outlets = {
  ledger: {
    name: "The Meridian Ledger",
    url: (a) => `https://www.meridianledger.example/${a.section.toLowerCase()}/${ymdPath(a.publishedAt)}/${a.slug}`,
    page(a, url) {
      const ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: a.title,
        description: a.dek,
        datePublished: a.publishedAt,
        dateModified: a.publishedAt,
        author: a.authors.map((n) => ({ "@type": "Person", name: n })),
        publisher: {
          "@type": "Organization",
          name: "The Meridian Ledger",
          logo: { "@type": "ImageObject", url: "https://www.meridianledger.example/static/logo.png" },
        },
        image: [`https://img.meridianledger.example/${a.slug}/lead.jpg`],
        mainEntityOfPage: url,
        isAccessibleForFree: true,
      };
      return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>${esc(a.title)} | The Meridian Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${esc(a.dek)}">
  <meta name="author" content="${esc(a.authors.join(" and "))}">
  <link rel="canonical" href="${url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Meridian Ledger">
  <meta property="og:title" content="${esc(a.title)}">
  <meta property="og:description" content="${esc(a.dek)}">
  <meta property="og:url" content="${url}">
  <meta property="og:image" content="https://img.meridianledger.example/${a.slug}/lead.jpg">
  <meta property="article:published_time" content="${a.publishedAt}">
  <meta property="article:section" content="${esc(a.section)}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/static/css/ledger.4f2a.css">
  <script type="application/ld+json">
${jsonLd(ld)}
  </script>${analytics}
</head>
<body class="article-page">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="masthead">
    <div class="masthead__top"><span class="edition">International edition</span> <a href="/subscribe" class="btn-subscribe">Subscribe for £1</a> <a href="/login">Sign in</a></div>
    <a class="masthead__logo" href="/"><img src="/static/logo.svg" alt="The Meridian Ledger"></a>
    <nav class="primary-nav" aria-label="Sections">
      <ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li></ul>
    </nav>
  </header>
  <main id="main">
    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <div class="story__kicker"><a href="/world/europe">Russia-Ukraine war</a></div>
      <h1 class="story__headline" itemprop="headline">${esc(a.title)}</h1>
      <p class="story__standfirst">${esc(a.dek)}</p>
      <div class="story__meta">
        <span class="byline">By ${a.authors.map((n) => `<a rel="author" href="/profile/${n.toLowerCase().replace(/\W+/g, "-")}">${esc(n)}</a>`).join(" and ")}</span>
        <time datetime="${a.publishedAt}" itemprop="datePublished">${longDate(a.publishedAt)}</time>
      </div>
      <div class="share-bar" aria-label="Share this article">
        <a href="https://social.example/share?u=${encodeURIComponent(url)}">Share</a> <a href="mailto:?subject=${encodeURIComponent(a.title)}">Email</a> <button type="button">Copy link</button> <span class="comments-count">87 comments</span>
      </div>
      <figure class="story__lead-image">
        <img src="https://img.meridianledger.example/${a.slug}/lead.jpg" alt="${esc(a.image.caption)}" width="1200" height="675">
        <figcaption><span class="caption">${esc(a.image.caption)}</span> <span class="credit">Photograph: ${esc(a.image.credit)}</span></figcaption>
      </figure>
      <div class="story__body" itemprop="articleBody">
          ${bodyHtml(a.body, {
            quote: (b) =>
              `<blockquote class="pull-quote"><p>${esc(b.quote)}</p>${b.cite ? `<footer>— ${esc(b.cite)}</footer>` : ""}</blockquote>`,
            figure: (b) =>
              `<figure class="inline-image"><img src="https://img.meridianledger.example/${a.slug}/inline.jpg" alt="${esc(b.figure)}"><figcaption>${esc(b.figure)} <span class="credit">Photograph: ${esc(b.credit)}</span></figcaption></figure>`,
          })}
      </div>
      <aside class="newsletter-promo"><h3>Sign up to Ledger Morning</h3><p>Our free daily newsletter: the world's biggest stories, explained before breakfast.</p><form action="/newsletters/signup"><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
      <ul class="story__tags"><li><a href="/topic/ukraine">Ukraine</a></li><li><a href="/topic/russia">Russia</a></li><li><a href="/topic/us-foreign-policy">US foreign policy</a></li></ul>
      <div class="author-bio"><p>${esc(a.authors[0])} is a foreign affairs correspondent for The Meridian Ledger. Follow on social media @${a.authors[0].split(" ")[0].toLowerCase()}ledger.</p></div>
    </article>
    <section class="related" aria-labelledby="related-h">
      <h2 id="related-h">More on this story</h2>
      <ul>${a.related.map((r, i) => `<li><a href="/world/related-${i + 1}">${esc(r)}</a></li>`).join("")}</ul>
    </section>
    <section class="comments-teaser"><h2>Comments (87)</h2><p>This discussion is now closed for comments but you can still sign in or create your Ledger account to join the discussion next time.</p><a href="#comments">View all comments</a></section>
    <section class="most-read"><h2>Most read</h2><ol><li><a href="/culture/1">The summer's best novels, ranked</a></li><li><a href="/business/2">Mortgage rates: what the latest decision means for you</a></li><li><a href="/world/3">Heatwave warnings across southern Europe</a></li></ol></section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/help">Help</a></li></ul>
    <p>© 2025 The Meridian Ledger Media Group. All rights reserved. Registered in England and Wales.</p>
    <a href="#top" class="back-to-top">Back to top</a>
  </footer>${cookieBanner("The Meridian Ledger")}
</body>
</html>
`;
    },
  },

  wire: {
    name: "Eastbridge Wire",
    url: (a) => `https://eastbridgewire.example/news/${day(a.publishedAt)}/${a.slug}`,
    page(a, url) {
      return `<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)} - Eastbridge Wire</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="${esc(a.dek)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="Eastbridge Wire">
<meta property="og:type" content="article">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${a.publishedAt}">
<meta property="article:author" content="${esc(a.authors.join(", "))}">
<meta name="byl" content="By ${esc(a.authors.join(" and "))}">
<link rel="canonical" href="${url}">
<link rel="stylesheet" href="https://cdn.eastbridgewire.example/css/site.css">${analytics}
</head>
<body>
<div class="top-strip">Markets: <span>Brent $64.20 ▲0.4%</span> <span>EUR/USD 1.1610</span> <a href="/markets">All markets</a></div>
<header id="site-header">
  <a href="/" class="logo">EASTBRIDGE WIRE</a>
  <ul class="nav"><li><a href="/world">World</a></li><li><a href="/us">US</a></li><li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/tech">Tech</a></li></ul>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<div id="ad-leaderboard" class="ad-slot">Advertisement</div>
<main>
  <div id="content" class="container">
    <div class="breadcrumb"><a href="/">Home</a> › <a href="/${a.section.toLowerCase()}">${esc(a.section)}</a></div>
    <h1>${esc(a.title)}</h1>
    <div class="byline">By ${esc(a.authors.join(" and "))} · <time datetime="${a.publishedAt}">${usDate(a.publishedAt)} ${a.publishedAt.slice(11, 16)} GMT</time> · Updated ${usDate(a.publishedAt)}</div>
    <div class="share"><span>Share</span> <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    <div class="lead-photo"><img src="https://cdn.eastbridgewire.example/photos/${a.slug}.jpg" alt="">
      <p class="photo-caption">${esc(a.image.caption)} ${esc(a.image.credit.toUpperCase())}/File Photo <a href="/pictures">Purchase Licensing Rights</a></p></div>
    <section class="dispatch">
      ${bodyHtml(a.body, {
        p: 'p class="dispatch-para"',
        quote: (b) => `<p class="dispatch-para">"${esc(b.quote)}"${b.cite ? ` said ${esc(b.cite)}.` : ""}</p>`,
        figure: (b) =>
          `<div class="inline-photo"><img src="/photos/inline.jpg" alt=""><p class="photo-caption">${esc(b.figure)} ${esc(b.credit)}</p></div>`,
      })}
      <p class="dispatch-signoff">Reporting by ${esc(a.authors.join(" and "))}; Editing by Samira Holt</p>
      <p class="trust">Our Standards: <a href="/trust-principles">The Eastbridge Trust Principles.</a></p>
    </section>
    <div class="topics">Topics: <a href="/topic/ukraine">Ukraine</a> <a href="/topic/russia">Russia</a> <a href="/topic/diplomacy">Diplomacy</a></div>
    <aside class="read-next"><h3>Read Next</h3>
      <ul>${a.related.map((r, i) => `<li><a href="/world/read-next-${i + 1}">${esc(r)}</a> <span class="ago">${i + 2} hours ago</span></li>`).join("")}</ul>
    </aside>
  </div>
  <div class="ad-slot ad-sidebar">Advertisement · Scroll to continue</div>
</main>
<footer>
  <p>All quotes delayed a minimum of 15 minutes. © 2025 Eastbridge Wire. All rights reserved.</p>
  <ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul>
</footer>${cookieBanner("Eastbridge Wire")}
</body>
</html>
`;
    },
  },

  dispatch: {
    name: "Harbor Daily Dispatch",
    url: (a) =>
      `https://harbordispatch.example/${a.section.toLowerCase().replace(/\s+/g, "-")}/${a.slug}-${day(a.publishedAt).replaceAll("-", "")}`,
    page(a, url) {
      const ld = {
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", "@id": url, url, name: a.title },
          {
            "@type": "NewsArticle",
            headline: a.title,
            datePublished: a.publishedAt,
            author: a.authors.map((n) => ({
              "@type": "Person",
              name: n,
              url: `https://harbordispatch.example/author/${n.toLowerCase().replace(/\W+/g, "-")}`,
            })),
            publisher: { "@type": "NewsMediaOrganization", name: "Harbor Daily Dispatch" },
            articleSection: a.section,
            isPartOf: { "@id": url },
          },
        ],
      };
      return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${esc(a.title)} – Harbor Daily Dispatch</title>
<meta name="description" content="${esc(a.dek)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="Harbor Daily Dispatch">
<meta property="og:url" content="${url}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${a.publishedAt}">
<link rel="canonical" href="${url}">
<script type="application/ld+json">${jsonLd(ld)}</script>${analytics}
</head>
<body class="post-template-default single single-post">
<div class="breaking-bar"><strong>BREAKING</strong> <a href="/live">Live updates: storm warning for the coast</a></div>
<div id="page" class="site">
  <header class="site-header">
    <div class="logo"><a href="/">Harbor Daily Dispatch</a></div>
    <div class="menu-main-container"><ul id="menu-main" class="menu"><li><a href="/local">Local</a></li><li><a href="/world-news">World News</a></li><li><a href="/sport">Sport</a></li><li><a href="/showbiz">Showbiz</a></li><li><a href="/weather">Weather</a></li></ul></div>
    <div class="header-weather">Harbor City 14°C Cloudy</div>
  </header>
  <div class="ad-container"><div class="adsbygoogle">Advertisement</div></div>
  <div id="primary" class="content-area"><div id="main" class="site-main">
    <div class="post-wrap">
      <div class="entry-header">
        <span class="cat-links"><a href="/world-news">${esc(a.section)}</a></span>
        <h1 class="entry-title">${esc(a.title)}</h1>
        <div class="entry-meta"><span class="author vcard">By <a href="/author">${esc(a.authors.join(" & "))}</a></span> <span class="posted-on">Published <time class="entry-date published" datetime="${a.publishedAt}">${usDate(a.publishedAt)}</time></span> <span class="reading-time">4 min read</span></div>
        <div class="social-share"><a class="share-facebook" href="#">Share on Facebook</a> <a class="share-x" href="#">Post on X</a> <a class="share-whatsapp" href="#">WhatsApp</a></div>
      </div>
      <div class="post-thumbnail"><img src="/wp-content/uploads/2025/${a.slug}.jpg" alt="${esc(a.image.caption)}"><div class="wp-caption-text">${esc(a.image.caption)} (${esc(a.image.credit)})</div></div>
      <div class="entry-content">
        <p class="dek"><em>${esc(a.dek)}</em></p>
          ${bodyHtml(a.body, {
            h2: 'h3 class="wp-block-heading"',
            quote: (b) =>
              `<blockquote class="wp-block-quote"><p>${esc(b.quote)}</p>${b.cite ? `<cite>${esc(b.cite)}</cite>` : ""}</blockquote>`,
            figure: (b) =>
              `<figure class="wp-block-image"><img src="/wp-content/uploads/inline.jpg" alt=""><figcaption class="wp-element-caption">${esc(b.figure)} | ${esc(b.credit)}</figcaption></figure>`,
          })}
        <div class="inline-related"><strong>RELATED:</strong><ul>${a.related.map((r, i) => `<li><a href="/world-news/rel-${i + 1}">${esc(r)}</a></li>`).join("")}</ul></div>
        <div class="newsletter-box">Get the Dispatch in your inbox every morning. <a href="/newsletter">Sign up free</a></div>
      </div>
      <div class="post-tags">Tags: <a href="/tag/ukraine">Ukraine</a>, <a href="/tag/russia">Russia</a>, <a href="/tag/donald-trump">Donald Trump</a></div>
      <div class="comments-area"><h3 class="comments-title">Join the conversation</h3><p>0 Comments</p><a href="#respond">Post a Comment</a></div>
    </div>
    <aside id="secondary" class="widget-area">
      <section class="widget"><h2 class="widget-title">Trending now</h2><ul><li><a href="/local/1">Ferry timetable changes this weekend</a></li><li><a href="/sport/2">Harbor United sign new striker</a></li><li><a href="/showbiz/3">Star spotted at waterfront restaurant</a></li></ul></section>
      <section class="widget"><div class="ad">Sponsored: You won't believe these 12 retirement hacks</div></section>
    </aside>
  </div></div>
  <footer class="site-footer"><p>© 2025 Harbor Daily Dispatch. Independent local and world news since 1921.</p><p><a href="/contact">Contact us</a> | <a href="/privacy">Privacy</a> | <a href="/advertise">Advertise</a></p><a href="#page">Back to top button</a></footer>
</div>${cookieBanner("Harbor Daily Dispatch")}
</body>
</html>
`;
    },
  },

  review: {
    name: "The Caspian Review",
    url: (a) => `https://caspianreview.example/${(a.section ?? "diplomacy").toLowerCase()}/${a.slug}`,
    page(a, url) {
      const ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        headline: a.title,
        datePublished: a.publishedAt,
        author: { "@type": "Person", name: a.authors[0] },
        publisher: { "@type": "Organization", name: "The Caspian Review" },
      };
      return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(a.title)} — The Caspian Review</title>
  <meta name="description" content="${esc(a.dek)}">
  <meta property="og:title" content="${esc(a.title)}">
  <meta property="og:site_name" content="The Caspian Review">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${a.publishedAt}">
  <link rel="canonical" href="${url}">
  <script type="application/ld+json">${jsonLd(ld)}</script>
</head>
<body>
  <header class="cr-header"><a href="/" class="cr-logo">The Caspian Review</a>
    <nav><a href="/diplomacy">Diplomacy</a> <a href="/security">Security</a> <a href="/energy">Energy</a> <a href="/podcasts">Podcasts</a> <a href="/events">Events</a></nav>
    <a class="cr-donate" href="/support">Support independent journalism</a>
  </header>
  <main class="cr-main">
    <div class="cr-article">
      <p class="cr-rubric">${esc(a.section)}</p>
      <h1>${esc(a.title)}</h1>
      <p class="cr-lede">${esc(a.dek)}</p>
      <p class="cr-byline">${esc(a.authors[0])} · <time datetime="${a.publishedAt}">${longDate(a.publishedAt)}</time></p>
      <figure><img src="/media/${a.slug}.jpg" alt="${esc(a.image.caption)}"><figcaption>${esc(a.image.caption)} Photo: ${esc(a.image.credit)}</figcaption></figure>
      <div class="cr-text">
        ${bodyHtml(a.body, {
          quote: (b) => `<blockquote><p>${esc(b.quote)}</p></blockquote>`,
          figure: (b) =>
            `<figure><img src="/media/inline.jpg" alt=""><figcaption>${esc(b.figure)} Photo: ${esc(b.credit)}</figcaption></figure>`,
        })}
      </div>
      <div class="cr-author"><strong>${esc(a.authors[0])}</strong> writes about European security for The Caspian Review.</div>
    </div>
    <aside class="cr-more"><h2>Further reading</h2><ul>${a.related.map((r, i) => `<li><a href="/diplomacy/further-${i + 1}">${esc(r)}</a></li>`).join("")}</ul></aside>
  </main>
  <footer class="cr-footer"><p>The Caspian Review is a reader-funded magazine. © 2025.</p><p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/rss">RSS</a></p></footer>${cookieBanner("The Caspian Review")}
</body>
</html>
`;
    },
    listing(a, url, all) {
      const items = all
        .filter((x) => !x.listing && !x.spinOf && x.publishedAt <= a.publishedAt)
        .slice(-8)
        .reverse();
      return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(a.title)} — The Caspian Review</title>
  <meta name="description" content="${esc(a.dek)}">
  <meta property="og:title" content="${esc(a.title)}">
  <meta property="og:site_name" content="The Caspian Review">
  <meta property="og:type" content="website">
  <meta property="article:modified_time" content="${a.publishedAt}">
  <link rel="canonical" href="${url}">
</head>
<body class="section-page">
  <header class="cr-header"><a href="/" class="cr-logo">The Caspian Review</a>
    <nav><a href="/diplomacy">Diplomacy</a> <a href="/security">Security</a> <a href="/energy">Energy</a> <a href="/podcasts">Podcasts</a></nav></header>
  <main class="cr-main">
    <h1>${esc(a.title)}</h1>
    <p class="cr-lede">${esc(a.dek)} Updated <time datetime="${a.publishedAt}">${longDate(a.publishedAt)}</time>.</p>
    <ul class="cr-teasers">
      ${items
        .map(
          (x) =>
            `<li class="teaser"><a href="${outlets[x.outlet].url(x)}"><h2>${esc(x.title)}</h2></a><p>${esc(x.dek ?? "")}</p><span class="teaser-meta">${esc(outlets[x.outlet].name)} · ${longDate(x.publishedAt)}</span></li>`,
        )
        .join("\n      ")}
    </ul>
    <nav class="pagination"><a href="?page=2">Older stories</a></nav>
  </main>
  <footer class="cr-footer"><p>The Caspian Review is a reader-funded magazine. © 2025.</p></footer>
</body>
</html>
`;
    },
  },

  flow: {
    name: "NewsFlow Hub",
    url: (a) => `https://newsflowhub.example/${ymdPath(a.publishedAt)}/${a.slug}/`,
    page(a, url) {
      return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${esc(a.title)} &#8211; NewsFlow Hub</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="NewsFlow Hub">
<meta property="article:published_time" content="${a.publishedAt}">
<link rel="canonical" href="${url}">
</head>
<body class="single">
<div class="header-ads-widget">Header Ads Widget</div>
<header><h2 class="site-title"><a href="/">NewsFlow Hub</a></h2><p class="site-description">All the news, all the time</p>
<ul class="menu"><li><a href="/category/worldwide">Worldwide</a></li><li><a href="/category/business">Business</a></li><li><a href="/category/crypto">Crypto</a></li></ul></header>
<div class="content">
  <article class="post">
    <h1 class="entry-title">${esc(a.title)}</h1>
    <div class="post-meta">by ${esc(a.authors[0])} · <span class="date">${usDate(a.publishedAt)}</span> · <a href="#comments">0</a></div>
    <div class="entry-content">
      ${bodyHtml(a.body, {
        quote: (b) => `<blockquote>${esc(b.quote)}</blockquote>`,
        figure: (b) => `<p class="wp-caption-text">${esc(b.figure)}</p>`,
      })}
      <p><a href="${esc(a.sourceUrl)}" rel="nofollow">Source link</a></p>
    </div>
    <div class="related-posts"><h3>Related Posts</h3><ul><li><a href="/2025/06/04/gold-price-today/">Gold price today: bulls return</a></li><li><a href="/2025/06/03/best-vpn/">10 best VPN deals this week</a></li></ul></div>
  </article>
  <div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div>
</div>
<footer><p>Copyright © 2025 NewsFlow Hub</p><a href="#">Back to top button</a></footer>
</body>
</html>
`;
    },
  },

  digest: {
    name: "World Digest Daily",
    url: (a) => `https://worlddigestdaily.example/${a.section.toLowerCase()}/${a.slug}.html`,
    page(a, url) {
      const g = a.mojibake ? garble : (s) => s;
      return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | World Digest Daily</title>
<meta name="description" content="${esc(g(a.dek))}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="World Digest Daily">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${a.publishedAt}">
<meta name="pubdate" content="${day(a.publishedAt)}">
<link rel="canonical" href="${url}">
</head>
<body>
<div class="wdd-top"><a href="/">${esc(g("📰"))} WORLD DIGEST DAILY</a> <span class="wdd-date">${usDate(a.publishedAt)}</span></div>
<nav class="wdd-nav"><a href="/world">World</a> | <a href="/europe">Europe</a> | <a href="/asia">Asia</a> | <a href="/opinion">Opinion</a></nav>
<div class="wdd-wrap">
  <div class="wdd-story">
    <h1>${esc(a.title)}</h1>
    <div class="wdd-byline">${esc(a.authors[0])}, <time datetime="${a.publishedAt}">${usDate(a.publishedAt)}</time></div>
    <div class="wdd-photo"><img src="/img/${a.slug}.jpg" alt=""><span class="wdd-credit">${esc(g(a.image.caption))} / ${esc(a.image.credit)}</span></div>
    <div class="wdd-body">
      ${bodyHtml(
        a.body.map((b) => (typeof b === "string" ? g(b) : b)),
        {
          quote: (b) => `<blockquote>${esc(g(b.quote))}</blockquote>`,
          figure: (b) => `<div class="wdd-credit">${esc(g(b.figure))}</div>`,
        },
      )}
    </div>
    <div class="wdd-share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
    <div class="wdd-related"><h4>You may also like</h4><ul><li><a href="/europe/eu-budget.html">EU budget talks drag on</a></li><li><a href="/asia/monsoon.html">Monsoon arrives early</a></li></ul></div>
  </div>
</div>
<div class="wdd-foot">© 2025 World Digest Daily · <a href="/privacy.html">Privacy</a> · <a href="#">Back to top button</a></div>${cookieBanner("World Digest Daily")}
</body>
</html>
`;
    },
  },
};

// ── build ────────────────────────────────────────────────────────────────────────────────────────
const all = [...spring, ...summer, ...autumn].sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
const bySlug = new Map(all.map((a) => [a.slug, a]));

const check = process.argv.includes("--check");
const pages = new Map();
for (const a of all) {
  const outlet = outlets[a.outlet];
  let art = a;
  if (a.spinOf) {
    const src = bySlug.get(a.spinOf);
    if (!src) throw new Error(`${a.slug}: no article ${a.spinOf} to spin`);
    art = {
      ...src,
      ...a,
      title: spin(src.title),
      dek: spin(src.dek),
      image: src.image,
      body: src.body.map((b) => (typeof b === "string" ? spin(b) : b)),
      related: [],
      sourceUrl: outlets[src.outlet].url(src),
    };
  }
  const url = outlet.url(art);
  pages.set(
    `${day(a.publishedAt)}-${a.outlet}-${a.slug}.html`,
    a.listing ? outlet.listing(art, url, all) : outlet.page(art, url),
  );
}

if (check) {
  const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith(".html")) : [];
  const stale = [
    ...[...pages]
      .filter(([f, html]) => !existing.includes(f) || readFileSync(join(outDir, f), "utf8") !== html)
      .map(([f]) => f),
    ...existing.filter((f) => !pages.has(f)),
  ];
  if (stale.length > 0) {
    process.stderr.write(`demo/corpus is out of date (${stale.join(", ")}): run node demo/tools/build-corpus.mjs\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`demo/corpus matches its data (${pages.size} pages)\n`);
  }
} else {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith(".html")) rmSync(join(outDir, f));
  let total = 0;
  for (const [file, html] of pages) {
    writeFileSync(join(outDir, file), html);
    total += Buffer.byteLength(html);
  }
  process.stdout.write(`wrote ${pages.size} pages (${(total / 1024).toFixed(0)} KB) to ${outDir}\n`);
}
