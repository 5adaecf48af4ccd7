import { domainConcepts, generalConcepts, howQuestionWords, joinedPrefixes, numberWords, stopWords, tensWords, wordEquivalents } from './domain-words.js';

/**
 * How councillors spell, abbreviate and paraphrase the words of corporate parenting, as pure text
 * processing shared by the index (documents) and the queries, so that "LAC", "CLA", "children in
 * care" and "looked after children" meet in one concept.
 */

/** Added to a question that asks what corporate parenting means; the definition article's questions carry it too. */
export const definitionMarker = 'corporateparentingdefined';

/** Added to a question that asks what a short word stands for; the glossaries answer it. */
export const glossaryMarker = 'glossary';

/**
 * Asking what corporate parenting means is one question however it is put ("what does the LGA say being a corporate
 * parent means?", "we're all 'corporate parents'. What does that mean?"); the definition answers it. Matches the text
 * before or after normalising, so a question read in two parts can be tested whole without normalising it again.
 */
const definitionQuestion =
  /\b(?:what|wat|wot)(?: does| do|s)? (?:the [a-z]+ says? )?(?:being )?(?:a )?corporate parent(?:ing)? (?:actually |actualy |really |even |exactly )?means?\b|\bcorporate parents?\b[^?]{0,100}\b(?:what (?:does|do) (?:that|this|it) (?:actually |really |even |exactly )?mean|how (?:does|do|would|did) (?:the )?(?:[a-z]+ )?define (?:that|this|it))\b|\bwhat does it mean to be (?:a )?corporate parent\b|\bwhat (?:being )?(?:a )?corporate parent(?:ing)? (?:actually |really |even |exactly )?is\b|\b(?:meaning|definition) of (?:being )?(?:a )?corporate parent(?:ing)?\b|\bdefine corporate parent(?:ing)?\b|\bhow (?:does|do|would) (?:the )?(?:[a-z]+ )?(?:describe|define) (?:being )?(?:a )?corporate parent(?:ing)?\b|\b(?:one|1|a|short)[- ](?:line|sentence) (?:description|summary|definition|explanation) of (?:being )?(?:a )?corporate parent(?:ing)?\b|\bcorporate parent(?:ing)? ?(?:is |= ?|- |: )?what exactly\b|\bcorporate parent(?:ing)? in (?:a nutshell|one line|a sentence|one sentence|plain english)\b|\bcorporate parent(?:ing)?\b[^?]{0,100}\bhow would you sum (?:it|that) up\b/;
const everyDefinitionQuestion = new RegExp(definitionQuestion.source, 'g');

/** Does this normalised text ask what corporate parenting means? */
export function asksForDefinition(normalisedText: string): boolean {
  return definitionQuestion.test(normalisedText);
}

/** Which clause of section 1(1) an ordinal names ("the third principle" is (c)). */
const principleLetters: Readonly<Record<string, string>> = {
  first: 'a', '1st': 'a', second: 'b', '2nd': 'b', third: 'c', '3rd': 'c', fourth: 'd', '4th': 'd',
  fifth: 'e', '5th': 'e', sixth: 'f', '6th': 'f', seventh: 'g', '7th': 'g', last: 'g',
};
const ordinal = Object.keys(principleLetters).join('|');
/** "The first one": the first principle when principles have been named before it. */
const ordinalOne = new RegExp(String.raw`\b(${ordinal}) one\b`, 'g');
/** "The first principle", unless its letter follows ("the first principle (a)"). */
const ordinalPrinciple = new RegExp(String.raw`\b(${ordinal}) ((?:corporate parenting )?principle)\b(?! ?\([a-g]\))`, 'g');

const spokenUnits = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spokenTens = new RegExp(`\\b(${Object.keys(tensWords).join('|')})(?:[- ]?(${spokenUnits.join('|')}))?\\b`, 'gi');
const spokenSmallNumbers = new RegExp(`\\b(${Object.keys(numberWords).join('|')})\\b`, 'gi');

/** Numbers said aloud or dictated ("reg forty four", "a fifteen year old") written as digits; the rest of the text as it was. */
export const spokenNumbersAsDigits = (text: string): string =>
  text
    .replace(spokenTens, (_, tens: string, unit?: string) => `${tensWords[tens.toLowerCase()]}${unit ? spokenUnits.indexOf(unit.toLowerCase()) + 1 : 0}`)
    .replace(spokenSmallNumbers, (word) => numberWords[word.toLowerCase()] ?? word);

/**
 * Lower-cases and straightens text, then rewrites the spellings councillors use for the same thing:
 * curly quotes, dashes, "reg44", "s20", "PP+", "7" for "seven", possessives.
 */
export function normaliseText(text: string): string {
  let t = text
    .normalize('NFKC')
    // "Cared FOR" in capitals stresses the difference from caring about children (Ofsted's "cared for, and cared about").
    .replace(/\b(care|cared|caring) (FOR|ABOUT)\b/g, '$1 $2 cared about')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/&/g, ' and ')
    .replace(/\bo\s*\/\s*s\b/g, ' o and s ');
  // After a quoted phrase, "where's that from?" asks where the phrase comes from, not where the bot's answer came from.
  if (quotedPhrase.test(t)) t = t.replace(/\bwhere(?:'s| is| does) that (?:come )?from\b/g, 'where does that phrase come from');
  // Numbers said aloud or dictated are the digits, before anything reads a number.
  t = spokenNumbersAsDigits(t)
    .replace(/\b(pp|ppg)\s*\+/g, '$1 plus ')
    // "principles b and c", "principles a, b or g": each letter is a clause.
    .replace(/\bprinciples ([a-g](?:(?:\s*,\s*|\s+(?:and|or|&|vs|versus)\s+)[a-g])+)\b/g, (_, letters: string) =>
      `principles ${letters.replace(/\b([a-g])\b/g, '($1)')}`,
    )
    // "The first one", once principles are named, is the first principle.
    .replace(ordinalOne, (phrase: string, which: string, offset: number, whole: string) =>
      /\bprinciples?\b/.test(whole.slice(0, offset)) ? `${which} principle` : phrase,
    )
    // "The first principle" is clause (a), "the last principle" clause (g).
    .replace(ordinalPrinciple, (_, which: string, principle: string) => `${which} ${principle} (${principleLetters[which] ?? ''})`)
    // A lettered clause, "(f)" or "principle f", is one word, so a question about principle (f) finds it.
    .replace(/\bprinciples? ([a-g])(?=\s*(?:$|[?.,;:!]))/g, 'principle ($1)')
    .replace(/\(([a-g])\)/g, ' clause$1 ')
    // Asking what a short word stands for is a glossary question ("what does CPP mean?", "does PEP stand for…").
    .replace(/\b(?:(?:what|wat|wot)(?:s| does| do| is)?|does|do) (?!(?:it|this|that|they|he|she|we|you|these|those|the|an|us|me)\b)([a-z]{2,6}) (mean|stand for|stands for|short for)\b/g, `$& ${glossaryMarker}`)
    // "What do they stand for?" after naming acronyms asks for the glossary too.
    .replace(/\b(?:it|this|that|they|these|those|both|each) (?:stand for|stands for|is short for|are short for)\b/g, `$& ${glossaryMarker}`)
    // The bot's own name is not a question about corporate parenting.
    .replace(/\bcorporate parenting (companion|assistant|chat ?bot|bot|app|helper)\b/g, 'companion bot')
    // A company's parent is not a corporate parent.
    .replace(/\bparent (company|companies|organisation|group)\b/g, 'holding $1')
    // Looking after one's own garden, pet or parent is not a looked-after child: the verb is dropped.
    .replace(
      /\blook(ed|ing|s)? after (?=it\b|(my|his|her|their|our|your|a|an|the) (?!(same|own|child|children|kid|kids|young|boy|girl|baby|babies|son|sons|daughter|daughters|grandson|granddaughter|grandchild|grandchildren|nephew|niece|teen|teens|teenager|teenagers|toddler|infant|lad|lass|twins|siblings|brother|brothers|sister|sisters|little|foster|looked|care|cared)\b))/g,
      ' ',
    )
    // "What is the board for?" asks its purpose; "what is LAC short for?" asks what it stands for.
    .replace(/\bwhat('s| (is|are)) (the |a |an |our |this |that |these )?[^?.!,]{1,40}?(?<!\bshort) for(?=\s*($|[?.!]))/g, '$& purpose')
    // Asked indirectly: "she asked what a corporate parenting board is actually for".
    .replace(/\bwhat (the |a |an |our |this |that |these )[^?.!,]{1,40}? (is|are) (actually |really |even )?for(?=\s*($|[?.!]))/g, '$& purpose')
    // Independent visits to a children's home are Regulation 44 visits; an independent visitor befriends one child.
    .replace(/\bindependent (visits?|visiting|visitors?|person visits?) (to|of|at) (the |its |our |their |a |all )?(council |councils )?(children'?s? |childrens )?(homes?|residential homes?)\b/g, 'regulation 44 visits to children homes')
    .replace(/\btor\b/g, 'terms of reference')
    // Where the answer will be used ("for my induction speech", "I want to quote it in my cabinet report", "preparing a
    // briefing note") is not the topic.
    .replace(/\b(for (my|a|our|tonight|tomorrow)|in (my|our)|in a(?= [a-z]+ (?:speech|report|paper|presentation))|(preparing|writing|drafting|doing) (a|my|our)) ((induction|committee|cabinet|council|scrutiny|board|panel|ward|group|party|residents|community|parish) )?(speech|report|slides|briefing( note)?|paper|presentation|talk|newsletter)\b/g, ' ')
    // Naming the LGA as the source of an answer is not asking about the LGA ("the board's role according to the LGA").
    .replace(/\baccording to (the )?lga( peer support| peer programme)?( slides| deck| training)?\b(?!'?s? must[- ]know)|\bhow (does|do|would) the lga (put|describe|phrase|word) it\b/g, ' ')
    // A two-tier area (county and districts) is not one of the NCB's tiers of responsibility.
    .replace(/\b(two|2)[- ]tier\b/g, 'twotier')
    // Saying no or turning down is refusing ("can a child say no to an independent visitor?").
    .replace(/\b(say|says|said|saying) no( to)?\b|\bturn(s|ed|ing)? (it |them |him |her )?down\b/g, 'refuse')
    // "Quick one:" frames a question, like "quick question".
    .replace(/\b(a |just a )?quick one\b/g, ' ')
    // "Our chief exec keeps saying…" is how the asker heard it, not what they ask about; "the VSH report keeps saying…" names a document.
    .replace(
      /\b(our|my|the|a|one of our) ((?!(?:report|reports|letter|paper|papers|minutes|guidance|slides|plan|document|pack|handbook|guide|website|article|framework|strategy|policy)\b)[a-z]+ ){1,3}(keeps|kept) (saying|telling (us|me|everyone|officers|members|people|staff|them|the (board|panel|committee|cabinet)|councillors)|going on about)\b/g,
      'they say',
    )
    // "People keep saying…" is how the asker heard it, not what they ask about.
    .replace(/\b(people|everyone|everybody|folk|officers|colleagues|members) (keep|keeps|kept|are|have been|always|often) (saying|telling me|asking|talking about|going on about)\b/g, 'they say')
    // Who passed the question on is not what it is about: "a foster carer told me her child has no PEP" asks about PEPs.
    .replace(
      /^(a|one of our|our|my|the) ((foster )?carers?|young (person|people|woman|man)|care leavers?|social workers?|officers?|head ?teachers?|teachers?)( [a-z]+){0,4} ((told|asked|said to|emailed|messaged|rang|called|tells) me\b|asked(?= (what|whether|how|if|why|when|which|who)\b))/,
      'they say',
    )
    // So is a resident's or colleague's question passed on ("a resident asked me which councillor…"); a request to find out
    // or pass on something ("a neighbour asked me to find out where…") is what the member asks about.
    .replace(
      /^(a|an|one of our|our|my|the) (residents?|constituents?|parents?|mum|dad|grand(parent|mother|father)s?|neighbours?|colleagues?|(fellow )?councillors?|gps?|nurses?|member of the public)( [a-z]+){0,4} (asked|asks) me(?= (what|whether|which|how|why|if|when|who|to explain)\b)/,
      'they say',
    )
    // Another covenant: the care leaver covenant is the only one the articles mean.
    .replace(/\b(armed forces (community )?|restrictive |community |land |property )covenants?\b/g, '$1pact')
    // Fostering good relations is promoting them, not foster care.
    .replace(
      /\bfoster(ing|s)? (?=((better|good|greater|stronger|closer|positive|a|the|more) )?(community |local |business |public )?(relations|relationships|links|culture|sense|trust|team spirit|spirit|morale|teamwork|team work|cooperation|collaboration|innovation|growth|engagement|cohesion|partnerships?|understanding|dialogue|pride|resilience)\b)/g,
      'promote ',
    )
    // The acronym, written out: its letters would otherwise meet "place" and "placed" once stemmed.
    .replace(/\bplacs?\b/g, 'previously looked after')
    .replace(/'s\b/g, '')
    // "I'll", "we'll", "she'd": without the apostrophe they would read as "ill", "well" and "shed".
    .replace(/\b(i|you|he|she|we|they|it|that|there|who)'(ll|d)\b/g, '$1')
    // "Reg 33s" are Regulation 33 visits; "under 5s" are children under 5.
    .replace(/\b(reg|regulation|regs|regulations)\.?\s*(\d+)(?:s\b)?/g, 'regulation reg $2')
    .replace(/\b(under|over)[- ]?(\d{1,2})s\b/g, '$1 $2')
    // A section number is also one word ("section18"), so it does not meet ages and years; "s25B" and "section 25B" meet.
    // A subsection is one more ("s22(4)" is also "section22sub4"), so the subsection asked about finds the article quoting it.
    .replace(/\b(?:sec(?:tion|t)?|s)\.?\s?(\d{1,3}[a-z]{0,2})(?:\((\d+)\))?(?![\da-z]|\.\d)/g, (_, section: string, subsection?: string) =>
      `section section${section} ${subsection ? `section${section}sub${subsection} ` : ''}`,
    )
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/\b(\d{1,2})\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b/g, 'age $1')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/'/g, '');
  t = t.replace(everyDefinitionQuestion, `$& ${definitionMarker}`);
  const joined = new RegExp(`\\b(${joinedPrefixes.join('|')})-(?=[a-z])`, 'g');
  t = t.replace(joined, '$1');
  return t.replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A phrase in quotes ("'cared about'", "\"corporate parent\""), not an apostrophe in a word. */
const quotedPhrase = /(?<![a-z])(['"])[a-z][^'"]{1,60}\1(?![a-z])/;

/** Words the suffix rules would mangle. */
const unstemmed: ReadonlySet<string> = new Set(['ofsted', 'this', 'does', 'news', 'status', 'always', 'united', 'limited', 'targeted']);

/**
 * A light suffix stripper (after Porter's first step): plurals, -ed and -ing, doubled final consonants
 * and a final e, so "visits", "visiting", "visited" meet, and so do "care", "cared" and "caring".
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word) || unstemmed.has(word)) return word;
  let stem = word;
  if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  const suffix = /(?:ed|ing)$/.exec(stem);
  if (suffix && !stem.endsWith('eed')) {
    const base = stem.slice(0, -suffix[0].length);
    if (base.length >= 3 && /[aeiouy]/.test(base)) stem = /([^aeioulsz])\1$/.test(base) ? base.slice(0, -1) : base;
  }
  if (stem.length >= 4 && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}

/** Maps a whole normalised word to its equivalent, then stems it. */
export function canonicalWord(word: string): string {
  return stemWord(wordEquivalents[word] ?? word);
}

type PhraseEntry = { readonly words: readonly string[]; readonly concepts: readonly string[] };

/** First word of a phrase → the phrases that start with it (longest first). */
const phrasesByFirstWord: ReadonlyMap<string, readonly PhraseEntry[]> = buildPhraseTable();

function buildPhraseTable(): Map<string, PhraseEntry[]> {
  const byPhrase = new Map<string, { words: string[]; concepts: string[] }>();
  for (const { concept, phrases } of domainConcepts) {
    for (const phrase of phrases) {
      const words = normaliseText(phrase).split(' ').filter(Boolean).map(canonicalWord);
      const key = words.join(' ');
      const entry = byPhrase.get(key) ?? { words, concepts: [] };
      if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
      byPhrase.set(key, entry);
    }
  }
  const table = new Map<string, PhraseEntry[]>();
  for (const entry of byPhrase.values()) {
    const first = entry.words[0];
    if (first === undefined) continue;
    const list = table.get(first) ?? [];
    list.push(entry);
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

/** The marker that keeps concept tokens apart from ordinary words. */
export const conceptPrefix = 'zz';

export function isConceptToken(term: string): boolean {
  return term.startsWith(conceptPrefix);
}

const coreConceptTokens: ReadonlySet<string> = new Set(
  domainConcepts.filter(({ concept }) => !generalConcepts.has(concept)).map(({ concept }) => conceptToken(concept)),
);

/** True for a concept token that only corporate parenting uses (looked after, Reg 44, PEP...). */
export function isCoreConceptToken(term: string): boolean {
  return coreConceptTokens.has(term);
}

export function conceptToken(concept: string): string {
  return `${conceptPrefix}${concept.replace(/-/g, '')}`;
}

/** One analysed word: its canonical form and whether it carries meaning on its own. */
export type AnalysedWord = { readonly word: string; readonly isStopWord: boolean };

/** A domain phrase found in the text: the concept tokens it stands for and the words it spans. */
export type PhraseMatch = { readonly concepts: readonly string[]; readonly start: number; readonly end: number };

export type TextAnalysis = {
  /** Every word in order, canonical (equivalents mapped, stemmed). */
  readonly tokens: readonly AnalysedWord[];
  /** Domain phrases, longest match first, not overlapping. */
  readonly phrases: readonly PhraseMatch[];
};

/** Splits text into canonical words and finds the domain phrases in it ("children in care" → looked-after). */
export function analyseText(text: string): TextAnalysis {
  return analyseNormalisedWords(normaliseText(text).split(' ').filter(Boolean));
}

/** As analyseText, for words that have already been through normaliseText (and perhaps spelling correction). */
export function analyseNormalisedWords(raw: readonly string[]): TextAnalysis {
  const tokens = raw.map((original, i) => {
    const word = canonicalWord(original);
    const isStopWord =
      stopWords.has(original) ||
      stopWords.has(wordEquivalents[original] ?? original) ||
      stopWords.has(word) ||
      (word.length < 2 && !/\d/.test(word)) ||
      (raw[i - 1] === 'how' && howQuestionWords.has(original));
    return { word, isStopWord };
  });
  const phrases: PhraseMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = phrasesByFirstWord.get(tokens[i]?.word ?? '');
    const match = candidates?.find((entry) => entry.words.every((word, k) => tokens[i + k]?.word === word));
    if (match) {
      phrases.push({ concepts: match.concepts.map(conceptToken), start: i, end: i + match.words.length });
      i += match.words.length;
    } else {
      i += 1;
    }
  }
  return { tokens, phrases };
}

/** Concepts that make a question about the bot itself: its answers and sources, settings, what it can do, the briefing. */
const botConceptTokens: ReadonlySet<string> = new Set(['answer-source', 'bot-help', 'bot-settings', 'answer-feedback', 'subscription'].map(conceptToken));

/** Does this phrase name the bot itself ("your answer", "whoever looks after you", "where did you get that")? */
export function namesTheBot(phrase: PhraseMatch): boolean {
  return phrase.concepts.some((concept) => botConceptTokens.has(concept));
}

/** Does the text name a concept of corporate parenting itself (CSE, the tiers, a listening card), not of the bot? */
export function namesACorporateParentingConcept(text: string): boolean {
  return termsOf(text).some((term) => isCoreConceptToken(term) && !botConceptTokens.has(term));
}

/** The terms to index or search for a text: content words, then one concept token per phrase found. */
export function termsOf(text: string): string[] {
  const { tokens, phrases } = analyseText(text);
  const words = tokens.filter((token) => !token.isStopWord).map((token) => token.word);
  return [...words, ...phrases.flatMap((phrase) => phrase.concepts)];
}
