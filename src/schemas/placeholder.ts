// Kept apart from messages.ts (and zod) so that the browser's translator (src/lib/i18n/messages.ts) carries no schema code.

/** A placeholder the site fills in: `{name}`. Any other brace is plain text. */
export const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
