/** A phone number or email address found in text. */
export interface FoundContact {
	kind: 'phone' | 'email';
	/** As written. */
	text: string;
	/** Digits only for phones, lowercase for emails: the form used for comparing. */
	normalized: string;
	/** Character offset in the text. */
	index: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Candidates: an optional +, an optional (area code), then digits with spaces, dots or hyphens.
const PHONE_CANDIDATE = /(?<![\w./@+(-])(?:\+\s?)?(?:\(\d{1,5}\)\s?)?\d(?:[\d.()-]|\s(?=[\d(]))*\d(?![\w/@-]|\.\d)/g;

/** Whether a run of digits and separators reads as a phone number rather than a date, amount or id. */
function looksLikePhone(text: string): boolean {
	const digits = text.replace(/\D/g, '');
	if (digits.length < 7 || digits.length > 15) return false;
	const groups = text.replace(/[+()]/g, ' ').trim().split(/[\s.-]+/).filter(Boolean);
	const international = /^\+|^\(/.test(text);
	if (!international) {
		// Dates (2026-11-20, 20.11.2026), year ranges (2025-2026) and thousands (1 000 000).
		if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}\s*-\s*\d{4}$/.test(text)) return false;
		if (groups.length > 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3) && /^[\d .]+$/.test(text)) {
			return false;
		}
		// A bare run of digits is an order or reference number unless it has a phone's length.
		if (groups.length === 1) return digits.length === 10 || digits.length === 11;
		// 555-0147: a local number. Two groups of other sizes are more likely ranges or ids.
		if (groups.length === 2) return /^\d{3}[\s.-]\d{4}$/.test(text);
	}
	return true;
}

/** Every phone number and email address in `text`. */
export function findContactDetails(text: string): FoundContact[] {
	const found: FoundContact[] = [];
	for (const match of text.matchAll(EMAIL)) {
		found.push({ kind: 'email', text: match[0], normalized: match[0].toLowerCase(), index: match.index });
	}
	const withoutEmails = text.replace(EMAIL, (email) => ' '.repeat(email.length));
	for (const match of withoutEmails.matchAll(PHONE_CANDIDATE)) {
		const candidate = match[0].trim();
		if (looksLikePhone(candidate)) {
			found.push({ kind: 'phone', text: candidate, normalized: candidate.replace(/\D/g, ''), index: match.index });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

/** The details in a `tel:` or `mailto:` link, if it is one. */
export function contactFromHref(href: string): FoundContact | undefined {
	const tel = /^tel:(.+)$/i.exec(href.trim());
	if (tel) return { kind: 'phone', text: tel[1]!, normalized: tel[1]!.replace(/\D/g, ''), index: 0 };
	const mail = /^mailto:([^?]+)/i.exec(href.trim());
	if (mail) return { kind: 'email', text: mail[1]!, normalized: mail[1]!.toLowerCase(), index: 0 };
	return undefined;
}

/**
 * Every phone number and email address written anywhere in the support configuration (the parsed
 * `content/support.yaml`), whatever its shape: display texts and `tel:`/`mailto:` links alike.
 */
export function collectKnownContacts(data: unknown): FoundContact[] {
	const known: FoundContact[] = [];
	const walk = (value: unknown) => {
		if (typeof value === 'string') {
			const link = contactFromHref(value);
			if (link) known.push(link);
			else known.push(...findContactDetails(value));
		} else if (Array.isArray(value)) {
			value.forEach(walk);
		} else if (value && typeof value === 'object') {
			Object.values(value).forEach(walk);
		}
	};
	walk(data);
	return known;
}

/**
 * Whether a found detail is one of ours. Phone numbers match on their last digits, so
 * `(212) 555-0147`, `+1 212 555 0147` and `555-0147` are all the number `tel:+12125550147`.
 */
export function isKnownContact(found: FoundContact, known: readonly FoundContact[]): boolean {
	return known.some((k) => {
		if (k.kind !== found.kind) return false;
		if (found.kind === 'email') return k.normalized === found.normalized;
		const [shorter, longer] = k.normalized.length <= found.normalized.length ? [k.normalized, found.normalized] : [found.normalized, k.normalized];
		return shorter.length >= 7 && longer.endsWith(shorter);
	});
}
