/**
 * The customers' questions an article shows under "Questions this answers". Every entry of
 * `questions` is indexed for search, in the customers' own words ("i missed my payment what now");
 * the page shows at most three, and only those written as a help center writes: a question with a
 * capital first letter, "I" as a capital and a question mark at the end. An article whose
 * questions are all in the customers' words shows none.
 */

/** How many of an article's `questions` its page shows at most. */
export const SHOWN_QUESTIONS = 3;

/** Words a question starts with: an entry starting so is a question, meant to be read as one. */
const QUESTION_START =
	/^(how|what|what's|whats|why|when|where|who|which|can|could|do|does|did|is|are|am|was|were|will|would|should|shall|may|might|have|has)\b/i;
const LOWERCASE_I = /(^|[^\p{L}’'])i(?=$|[^\p{L}])/gu;

/** What keeps a question from being shown to customers, or undefined when it reads well. */
export function shownQuestionFault(question: string): string | undefined {
	const text = question.trim();
	if (!/^\p{Lu}/u.test(text)) return 'start with a capital letter';
	if (new RegExp(LOWERCASE_I.source, 'u').test(text)) return 'write "I" as a capital';
	if (!text.endsWith('?')) return 'end with a question mark';
	if (/\b\p{Lu}{2,}\s+\p{Lu}{2,}\b/u.test(text)) return 'write in sentence case, not in capitals';
	return undefined;
}

/** True when the entry is a question ("how do i pay early"), not a customer's statement ("payment failed"). */
export function isQuestion(question: string): boolean {
	return QUESTION_START.test(question.trim());
}

/** The question as it should be shown: a capital first letter, "I" as a capital, a question mark. */
export function suggestShownQuestion(question: string): string {
	let text = question
		.trim()
		.replace(/[.!]+$/, '')
		.replace(LOWERCASE_I, '$1I');
	text = text.charAt(0).toUpperCase() + text.slice(1);
	return text.endsWith('?') ? text : `${text}?`;
}

/** The questions the page shows: the first SHOWN_QUESTIONS that read well, in the writer's order (maybe none). */
export function shownQuestions(questions: readonly string[]): string[] {
	return questions.filter((q) => !shownQuestionFault(q)).slice(0, SHOWN_QUESTIONS);
}
