/**
 * Words dropped from a question before searching: they appear in almost every question and every
 * article, so matching them ranks nothing. Classic English function words, the contraction forms
 * they take once apostrophes are dropped ("dont", "cant"), chat shorthand ("u", "ur", "pls") and the
 * polite filler customers wrap a question in ("hi, could you please help me…").
 *
 * Kept on purpose: words that change the need, such as "not" in "not received" is dropped but
 * "twice", "still", "long", "new", "make", "wrong" and "without" are kept.
 */
const FUNCTION_WORDS = `
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing done down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other ought our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what whats when whens where wheres which while
who whos whom why whys will with would you your yours yourself yourselves yet also ever every
either neither may might must shall us one ones something anything everything someone anyone
`;

const CONTRACTIONS = `
im ive id ill youre youve youd youll hes shes its were weve wed well theyre theyve theyd theyll
isnt arent wasnt werent hasnt havent hadnt doesnt dont didnt wont wouldnt shant shouldnt cant cannot
couldnt mustnt mightnt neednt lets thats theres heres whats whos wheres whens whys hows aint gonna
wanna gotta lemme dunno
`;

const CHAT_SHORTHAND = `u ur urs r ya yall pls plz plse thx thanx ty tho btw asap ok okay k hmm um uh`;

const FILLER = `
please hi hello hey dear thanks thank cheers greetings sir madam team guys folks want wants wanted
need needs needed like would could know knew tell told show shown let try trying tried able
possible way ways assistance assist help helping helped question questions info information
something somebody thing things kind sort really actually currently already just maybe
certain sure wondering wonder think thought see look looking go going goes went got get
gets getting give do doing
`;

/** The stop words, normalised like query tokens (lowercase, no apostrophes). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	[FUNCTION_WORDS, CONTRACTIONS, CHAT_SHORTHAND, FILLER].join(' ').split(/\s+/).filter(Boolean),
);
