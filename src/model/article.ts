export type { Article, ArticleEvent, Publisher, Quote, Speaker } from './article-schema.generated.js';
