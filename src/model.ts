/** The article format on its own: types, validator and schema, with no component and no Lit. */
export type { Article, ArticleEvent, Publisher, Quote, Speaker } from './model/article.js';
export { articleSchema } from './model/article-schema.generated.js';
export { SUPPORTED_KEYWORDS, type JsonSchema } from './model/json-schema.js';
export { describeProblem, type ArticleProblem } from './model/problems.js';
export { formatPath, referenceProblems, schemaProblems, validateArticle, type ArticleValidation } from './model/validate.js';
