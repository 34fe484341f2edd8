import type { NewsArticle, Organization, Person, Quotation, WithContext } from 'schema-dts';
import type { Article, Quote } from '../model/article.js';
import { safeLinkUrl } from './safe-url.js';

/**
 * The schema.org description of one quote, for search engines: a `Quotation` with its text, the
 * speaker (a `Person` or an `Organization`) as `creator` and `spokenByCharacter`, and the
 * `NewsArticle` it is part of. Only http(s) URLs are kept. A card carries it as a light-DOM
 * `<script type="application/ld+json" data-quote-cards>` child, written with {@link jsonLdText}.
 */
export function quotationJsonLd(article: Article, quote: Quote): WithContext<Quotation> {
  const { name, kind, role, org, url, image } = article.speakers.find((speaker) => speaker.id === quote.speaker) ?? { name: '' };
  const speakerUrl = safeLinkUrl(url);
  const speakerImage = safeLinkUrl(image);
  const speaker: Person | Organization =
    kind === 'organization'
      ? { '@type': 'Organization', name, url: speakerUrl, logo: speakerImage, parentOrganization: org ? { '@type': 'Organization', name: org } : undefined }
      : { '@type': 'Person', name, url: speakerUrl, image: speakerImage, jobTitle: role, affiliation: org ? { '@type': 'Organization', name: org } : undefined };
  const { publisher } = article;
  const articleUrl = safeLinkUrl(article.url);
  const partOf: NewsArticle = {
    '@type': 'NewsArticle',
    headline: article.title,
    url: articleUrl,
    datePublished: article.publishedAt,
    inLanguage: article.lang,
    publisher: publisher && {
      '@type': 'Organization',
      name: publisher.name,
      url: safeLinkUrl(publisher.url),
      logo: safeLinkUrl(publisher.logo),
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: quote.text,
    url: articleUrl,
    inLanguage: article.lang,
    creator: speaker,
    spokenByCharacter: speaker,
    dateCreated: quote.spokenAt,
    isPartOf: partOf,
  };
}

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 are written
 * as `\u003c` and so on, so that no string can close the script element or open a comment in it.
 * Keys whose value is undefined are left out, as JSON.stringify does.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
