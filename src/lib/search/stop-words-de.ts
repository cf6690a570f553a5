/**
 * German words dropped from a question before searching, written folded like query tokens
 * (lowercase, ä → ae, ö → oe, ü → ue, ß → ss): articles, pronouns, auxiliaries and prepositions,
 * the particles German questions are full of ("denn", "doch", "mal", "eigentlich") and the polite
 * filler around a question ("hallo", "bitte", "danke"). Kept on purpose: words that change the need,
 * such as "nicht" in "Geld nicht angekommen", "zweimal", "doppelt", "noch", "neu", "ohne", "falsch".
 * ("nicht" is dropped like English "not": it is in nearly every question and every article.)
 */
const FUNCTION_WORDS = `
der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch ihnen sich man
mein meine meiner meines meinem meinen dein deine deinem deinen deiner sein seine seinem seinen seiner
unser unsere unserem unseren unserer euer eure ihre ihrem ihren ihrer ihres
und oder aber denn sondern doch weil dass ob wenn als wie wo was wer wen wem wessen warum wieso weshalb
wann woher wohin womit wofuer wozu worum wobei welche welcher welches welchen welchem
bin bist ist sind seid war waren warst wart gewesen sein
habe hast hat haben habt hatte hatten hattest gehabt
werde wirst wird werden werdet wurde wurden worden
kann kannst koennen koennt konnte konnten koennte koennten
muss musst muessen muesst musste mussten muesste
soll sollst sollen sollt sollte sollten darf darfst duerfen durfte
will willst wollen wollt wollte wollten mag moechte moechten
in im ins an am ans auf aus bei beim mit nach von vom zu zum zur fuer ueber unter vor hinter neben
zwischen durch gegen um bis seit ab
auch nur noch schon mal nun so da dort hier dann also jetzt gerade eben etwa
nicht nichts etwas alle alles allem allen jede jeder jedes jeden jedem diese dieser dieses diesen diesem
dies das dass es gibt gibts
`;

const PARTICLES = `
denn doch ja halt eigentlich irgendwie bloss eh wohl vielleicht sowas bzw usw ca
`;

const FILLER = `
hallo hi hey moin servus guten liebe lieber sehr geehrte geehrter damen herren
bitte danke vielen dank gruss gruesse mfg lg
frage fragen hilfe helfen hilf brauche brauchen moechte wuerde wuerden gerne gern
weiss wissen sagen sag erklaeren zeigen
mache machen macht gemacht tun tue
`;

export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set([FUNCTION_WORDS, PARTICLES, FILLER].join(' ').split(/\s+/).filter(Boolean));
