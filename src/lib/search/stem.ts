/**
 * A deliberately light English stemmer, used only to compare a customer's word with a synonym or a
 * vocabulary word ("reimbursed" ~ "reimburse", "charges" ~ "charged"). Pagefind stems the index
 * itself with Snowball; this only needs to agree on common inflections, never to be shown.
 */
export function lightStem(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
	// "stopped" → "stopp" → "stop"; "charged" → "charg", "charge" → "charg".
	if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
	if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
	return w;
}
