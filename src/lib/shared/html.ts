// HTML-escaping, the one home of it: text that goes into markup built as a string.

/** Escapes text for use inside HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
