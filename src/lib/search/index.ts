// The search pipeline: pure, no Astro and no DOM, shared by the browser UI, the Node scripts and tests.
export { createSearchEngine, type Correction, type SearchEngine, type SearchEngineConfig, type SearchResponse } from './engine.ts';
export { analyzeQuery, type AnalyzedQuery, type QueryTerm } from './query.ts';
export { compileSynonyms, applySynonyms, type SynonymsSource } from './synonyms.ts';
export { createSpeller, typoDistance, type Speller } from './spelling.ts';
export { buildExcerpt, excerptParts, excerptText } from './excerpt.ts';
export { normalizeText, tokenize } from './text.ts';
export { STOP_WORDS } from './stop-words.ts';
export type * from './types.ts';
