import type { Article, Quote } from '../model/article.js';
import { safeLinkUrl } from './safe-url.js';

// The schema.org types this package writes, declared with the properties it writes (declared here rather
// than taken from a type package, which every installation of this one would then download).

/** A schema.org `Organization`: a speaker that is an organisation, a speaker's affiliation, a publisher. */
export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
  logo?: string;
  parentOrganization?: JsonLdOrganization;
}

/** A schema.org `Person`: a speaker. */
export interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  url?: string;
  image?: string;
  jobTitle?: string;
  affiliation?: JsonLdOrganization;
}

/** A schema.org `NewsArticle`: the article a quote is part of. */
export interface JsonLdNewsArticle {
  '@type': 'NewsArticle';
  headline: string;
  url?: string;
  datePublished?: string;
  inLanguage?: string;
  publisher?: JsonLdOrganization;
}

/** A schema.org `Quotation` with its `@context`: what a card writes for search engines. */
export interface JsonLdQuotation {
  '@context': 'https://schema.org';
  '@type': 'Quotation';
  text: string;
  url?: string;
  inLanguage?: string;
  creator: JsonLdPerson | JsonLdOrganization;
  spokenByCharacter: JsonLdPerson | JsonLdOrganization;
  dateCreated?: string;
  isPartOf: JsonLdNewsArticle;
}

/**
 * The schema.org description of one quote, for search engines: a `Quotation` with its text, the
 * speaker (a `Person` or an `Organization`) as `creator` and `spokenByCharacter`, and the
 * `NewsArticle` it is part of. Only http(s) URLs are kept. A card carries it as a light-DOM
 * `<script type="application/ld+json" data-quote-cards>` child, written with {@link jsonLdText}.
 */
export function quotationJsonLd(article: Article, quote: Quote): JsonLdQuotation {
  const { name, kind, role, org, url, image } = article.speakers.find((speaker) => speaker.id === quote.speaker) ?? { name: '' };
  const speakerUrl = safeLinkUrl(url);
  const speakerImage = safeLinkUrl(image);
  const speaker: JsonLdPerson | JsonLdOrganization =
    kind === 'organization'
      ? {
          '@type': 'Organization',
          name,
          url: speakerUrl,
          logo: speakerImage,
          parentOrganization: org ? { '@type': 'Organization', name: org } : undefined,
        }
      : {
          '@type': 'Person',
          name,
          url: speakerUrl,
          image: speakerImage,
          jobTitle: role,
          affiliation: org ? { '@type': 'Organization', name: org } : undefined,
        };
  const { publisher } = article;
  const articleUrl = safeLinkUrl(article.url);
  const partOf: JsonLdNewsArticle = {
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
