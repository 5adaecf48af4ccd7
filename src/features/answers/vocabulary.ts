/**
 * The words of corporate parenting: how councillors spell, abbreviate and paraphrase them.
 * Everything here is pure text processing shared by the index (documents) and the queries,
 * so that "LAC", "CLA", "children in care" and "looked after children" meet in one concept.
 */

/** A concept: every phrase in `phrases` (normalised, any case) stands for the same thing. */
export type DomainConcept = { readonly concept: string; readonly phrases: readonly string[] };

export const domainConcepts: readonly DomainConcept[] = [
  { concept: 'looked-after', phrases: ['lac', 'cla', 'cic', 'looked after', 'children in care', 'child in care', 'in care', 'in our care', 'in council care', 'in the council care', 'in public care', 'children looked after', 'child looked after', 'care experienced', 'care system', 'into care', 'taken into care', 'come into care', 'coming into care', 'entering care', 'enter care', 'care order', 'care orders', 'in the care of the council'] },
  { concept: 'care-leaver', phrases: ['care leaver', 'cl', 'leaving care', 'left care', 'leave care', 'former relevant', 'after care', 'aftercare', 'care experienced adult'] },
  { concept: 'corporate-parent', phrases: ['corporate parent', 'corporate parenting', 'cp'] },
  { concept: 'principles', phrases: ['corporate parenting principles', 'the principles', 'principle', 'cpp', '7 principles', 'section 1'] },
  { concept: 'board', phrases: ['cpb', 'cpp', 'corporate parenting board', 'corporate parenting panel', 'corporate parenting group', 'corporate parenting committee', 'parenting board', 'parenting panel', 'cp board', 'cp panel'] },
  { concept: 'scrutiny', phrases: ['scrutiny', 'overview and scrutiny', 'osc', 'o and s', 'scrutiny committee', 'scrutiny panel', 'select commission', 'scrutinising', 'scrutinise'] },
  { concept: 'iro', phrases: ['iro', 'independent reviewing officer', 'reviewing officer', 'looked after review', 'cla review', 'lac review', 'care review', 'statutory review'] },
  { concept: 'independent-visitor', phrases: ['independent visitor', 'independent visiting', 'iv', 'ivs', 'befriender', 'befriending'] },
  { concept: 'pep', phrases: ['pep', 'personal education plan', 'education plan'] },
  { concept: 'virtual-school', phrases: ['vsh', 'virtual school', 'virtual school head', 'virtual head', 'virtual headteacher', 'virtual school headteacher'] },
  { concept: 'designated-teacher', phrases: ['designated teacher', 'dt'] },
  { concept: 'pupil-premium', phrases: ['pupil premium plus', 'pupil premium', 'pp plus', 'ppg plus', 'lac premium', 'pupil premium grant'] },
  { concept: 'reg-44', phrases: ['reg 44', 'regulation 44', 'r44', 'independent person visit', 'independent person', 'monthly visit'] },
  { concept: 'reg-33', phrases: ['reg 33', 'regulation 33', 'r33'] },
  { concept: 'childrens-home', phrases: ['children home', 'residential home', 'residential care', 'residential children home', 'care home for children', 'residential setting'] },
  { concept: 'ofsted', phrases: ['ofsted', 'inspection', 'inspector', 'inspected', 'hmci', 'inspectorate'] },
  { concept: 'ilacs', phrases: ['ilacs', 'inspecting local authority children services', 'inspection of local authority children services', 'inspection framework', 'sif', 'single inspection framework'] },
  { concept: 'sgo', phrases: ['sgo', 'special guardianship', 'special guardianship order', 'special guardian'] },
  { concept: 'uasc', phrases: ['uasc', 'unaccompanied asylum seeking', 'unaccompanied asylum seeking child', 'unaccompanied child', 'unaccompanied minor', 'asylum seeking child', 'asylum seeker', 'asylum seeking', 'refugee child', 'unaccompanied'] },
  { concept: 'national-transfer-scheme', phrases: ['nts', 'national transfer scheme', 'transfer scheme'] },
  { concept: 'cicc', phrases: ['cicc', 'children in care council', 'child in care council', 'looked after children council', 'care council', 'children council', 'suso'] },
  { concept: 'voice', phrases: ['voice of the child', 'views wishes and feelings', 'wishes and feelings', 'participation', 'young people views', 'children views', 'listen to children', 'listening to children', 'what they want', 'what children want', 'ask children', 'ask the child', 'ask a child', 'ask young people'] },
  { concept: 'dcs', phrases: ['dcs', 'director of children services', 'director of children', 'director of people', 'children director'] },
  { concept: 'lead-member', phrases: ['lead member', 'lmcs', 'lm', 'lead member for children services', 'portfolio holder', 'cabinet member for children', 'cabinet member', 'lead councillor for children'] },
  { concept: 'cabinet', phrases: ['cabinet', 'executive member', 'executive councillor', 'the executive'] },
  { concept: 'ward-councillor', phrases: ['ward councillor', 'ward member', 'backbench', 'backbencher', 'backbench councillor', 'non executive', 'ward'] },
  { concept: 'lado', phrases: ['lado', 'local authority designated officer', 'designated officer'] },
  { concept: 'cse', phrases: ['cse', 'child sexual exploitation', 'sexual exploitation', 'exploitation', 'grooming', 'groomed'] },
  { concept: 'jay-report', phrases: ['jay report', 'jay inquiry', 'alexis jay', 'independent inquiry into child sexual exploitation in rotherham'] },
  { concept: 'personal-adviser', phrases: ['pa', 'personal adviser', 'pas', 'leaving care worker', 'leaving care adviser'] },
  { concept: 'pathway-plan', phrases: ['pathway plan', 'pathway planning'] },
  { concept: 'staying-put', phrases: ['staying put', 'stay put', 'staying close', 'stay with foster carer', 'stay with their foster carer', 'stay on with foster carer'] },
  { concept: 'local-offer', phrases: ['local offer', 'care leaver offer', 'offer for care leavers', 'care leavers offer', 'leaving care offer'] },
  { concept: 'covenant', phrases: ['covenant', 'care leaver covenant'] },
  { concept: 'cswa-2017', phrases: ['cswa', 'children and social work act', 'children and social work act 2017', '2017 act', 'social work act'] },
  { concept: 'children-act-1989', phrases: ['children act 1989', '1989 act', 'ca 1989', 'ca89'] },
  { concept: 'children-act-2004', phrases: ['children act 2004', '2004 act', 'ca 2004'] },
  { concept: 'children-and-families-act-2014', phrases: ['children and families act 2014', 'children and families act', 'cfa 2014', '2014 act'] },
  { concept: 'section-20', phrases: ['section 20', 'voluntary accommodation', 'voluntarily accommodated', 'accommodated', 'accommodation by the council'] },
  { concept: 'section-10', phrases: ['section 10', 'duty to cooperate', 'cooperate', 'cooperation', 'relevant partners', 'partner agencies'] },
  // A named Act is the law: "which law says we need a DCS?" meets "section 18 of the Children Act 2004".
  { concept: 'legislation', phrases: ['law', 'children act 1989', 'children act 2004', 'children and social work act', 'children and social work act 2017', 'children and families act 2014', 'children and young persons act 2008', 'children leaving care act 2000', 'children wellbeing and schools act 2026', 'immigration act 2016'] },
  { concept: 'dfe', phrases: ['dfe', 'department for education', 'dcsf', 'dfes', 'department for children schools and families'] },
  { concept: 'lga', phrases: ['lga', 'local government association'] },
  { concept: 'cfps', phrases: ['cfps', 'cfgs', 'centre for public scrutiny', 'centre for governance and scrutiny'] },
  { concept: 'ncb', phrases: ['ncb', 'national children bureau'] },
  { concept: 'lgiu', phrases: ['lgiu', 'local government information unit'] },
  { concept: 'camhs', phrases: ['camhs', 'child and adolescent mental health', 'mental health'] },
  { concept: 'cafcass', phrases: ['cafcass', 'children and family court advisory and support service'] },
  { concept: 'sdq', phrases: ['sdq', 'strengths and difficulties questionnaire', 'strengths and difficulties'] },
  { concept: 'health-assessment', phrases: ['health assessment', 'initial health assessment', 'review health assessment', 'iha', 'rha', 'medical'] },
  { concept: 'child-in-need', phrases: ['cin', 'child in need', 'children in need'] },
  { concept: 'lscb', phrases: ['lscb', 'local safeguarding children board', 'safeguarding partnership', 'safeguarding board', 'safeguarding children partnership'] },
  { concept: 'previously-looked-after', phrases: ['previously looked after', 'previously in care'] },
  { concept: 'ten-questions', phrases: ['10 questions', '10 questions to ask', 'ten questions', '10 scrutiny questions', '10 key questions', '10 qs'] },
  { concept: 'cared-about', phrases: ['care about', 'cared about', 'caring about', 'cares about'] },
  { concept: 'good-enough-test', phrases: ['good enough for my child', 'good enough for me', 'would this be good enough', 'if this were my child', 'if this was my child', 'if it were my child', 'my own child'] },
  { concept: 'fostering', phrases: ['foster', 'fostering', 'foster carer', 'foster parent', 'foster family', 'foster placement', 'foster care'] },
  { concept: 'adoption', phrases: ['adoption', 'adopt', 'adopter', 'adoption panel'] },
  { concept: 'placement', phrases: ['placement', 'placed', 'placement stability', 'placement move', 'out of area'] },
  { concept: 'pledge', phrases: ['pledge', 'promise', 'promises', 'charter'] },
  { concept: 'strategy', phrases: ['strategy', 'vision', 'strategic plan'] },
  { concept: 'checklist', phrases: ['checklist', 'check list', 'member actions', 'action list'] },
  { concept: 'training', phrases: ['training', 'induction', 'course', 'learning', 'elearning', 'workshop', 'development session', 'briefing session', 'module'] },
  { concept: 'evaluation', phrases: ['evaluation', 'evaluate', 'evaluation form', 'feedback form', 'evaluation sheet'] },
  { concept: 'bulletin', phrases: ['newsletter', 'bulletin', 'briefing', 'digest', 'email update'] },
  // Telling us an answer was wrong: about the bot, whatever topic the answer was on.
  { concept: 'answer-feedback', phrases: ['your answer', 'answer you gave', 'you gave me', 'you told me', 'wrong answer', 'answer was wrong', 'answer is wrong', 'out of date', 'looked off', 'flag it', 'flag this', 'report it', 'report this answer', 'wrong info', 'wrong information', 'your reply', 'last reply', 'let someone know'] },
  { concept: 'subscription', phrases: ['subscribe', 'unsubscribe', 'resubscribe', 'opt out', 'opt in', 'stop sending', 'sign up', 'turn off', 'mute', 'mailing list', 'distribution list', 'take me off', 'remove me from'] },
  { concept: 'confidentiality', phrases: ['confidential', 'confidentiality', 'privacy', 'data protection', 'gdpr', 'personal information', 'individual case', 'particular child', 'named child', 'names of', 'name of', 'identify', 'identifiable', 'which children are', 'which child', 'which children live', 'who lives there', 'why they are in care'] },
  { concept: 'safeguarding-concern', phrases: ['safeguarding concern', 'worried about a child', 'worrying', 'concern about a child', 'report a concern', 'raise a concern', 'worried', 'bullied', 'bullying', 'abuse', 'abused', 'neglect', 'neglected', 'at risk', 'harm', 'being harmed', 'unsafe', 'who do i tell', 'who should i tell'] },
  { concept: 'resources', phrases: ['budget', 'budgets', 'money', 'afford', 'funding', 'resources', 'cost', 'costs', 'cuts', 'savings', 'financial pressure', 'budget pressures'] },
  { concept: 'mandatory', phrases: ['mandatory', 'compulsory', 'obligatory'] },
  { concept: 'neet', phrases: ['neet', 'eet', 'not in education employment or training', 'education employment and training', 'apprenticeship', 'apprenticeships'] },
  { concept: 'disability', phrases: ['learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', 'disability', 'disabilities', 'disabled'] },
  { concept: 'ehcp', phrases: ['ehcp', 'ehc plan', 'education health and care plan', 'sen', 'special educational needs'] },
  { concept: 'council-tax', phrases: ['council tax', 'council tax exemption', 'council tax discount'] },
  { concept: 'housing', phrases: ['housing', 'homeless', 'homelessness', 'accommodation for care leavers', 'tenancy', 'supported accommodation'] },
  { concept: 'wellbeing-areas', phrases: ['well being areas', 'wellbeing areas', '5 outcomes', 'every child matters', 'outcomes for children'] },
  { concept: 'bright-spots', phrases: ['bright spots', 'coram voice', 'coram'] },
  { concept: 'tiers', phrases: ['tier', 'tiers', 'universal', 'targeted', 'specialist', 'universal level', 'targeted level', 'specialist level', 'levels of responsibility'] },
  { concept: 'unannounced', phrases: ['unannounced', 'without warning', 'without notice', 'surprise visit', 'unexpected visit', 'drop in', 'turn up', 'in advance', 'advance notice', 'announced', 'prearranged', 'pre arranged'] },
  { concept: 'peer-support', phrases: ['peer review', 'peer team', 'peer diagnostic', 'peer support', 'peer challenge', 'diagnostic'] },
  { concept: 'policy-history', phrases: ['quality protects', 'care matters', 'dobson', 'frank dobson', 'white paper'] },
  { concept: 'rotherham', phrases: ['rotherham', 'rmbc', 'cyps'] },
  { concept: 'rutland', phrases: ['rutland', 'suso'] },
  { concept: 'bradford', phrases: ['bradford'] },
  { concept: 'telford-leeds', phrases: ['telford', 'wrekin', 'leeds'] },
  { concept: 'elmbridge', phrases: ['elmbridge'] },
]

/**
 * Concepts that also belong to ordinary council business (training, budgets, housing...).
 * Finding one of these does not show that a question is about corporate parenting; finding any other concept does.
 */
const generalConcepts: ReadonlySet<string> = new Set([
  'cabinet', 'ward-councillor', 'placement', 'pledge', 'strategy', 'checklist', 'training', 'evaluation',
  'bulletin', 'subscription', 'confidentiality', 'safeguarding-concern', 'resources', 'mandatory', 'neet', 'ehcp',
  'council-tax', 'housing', 'wellbeing-areas', 'legislation', 'unannounced', 'dfe', 'camhs', 'health-assessment', 'lga', 'cfps', 'lgiu', 'disability',
]);

/** Whole words that mean the same thing: mapped before stemming, in documents and queries alike. */
export const wordEquivalents: Readonly<Record<string, string>> = {
  kid: 'child',
  kids: 'children',
  youngster: 'child',
  youngsters: 'children',
  cllr: 'councillor',
  cllrs: 'councillors',
  councilor: 'councillor',
  councilors: 'councillors',
  councilllor: 'councillor',
  advisor: 'adviser',
  principals: 'principles',
  advisors: 'advisers',
  program: 'programme',
  programs: 'programmes',
  organization: 'organisation',
  organizations: 'organisations',
  wellbeing: 'wellbeing',
  rotheram: 'rotherham',
  mandated: 'mandatory',
  statute: 'statutory',
  definition: 'define',
  definitions: 'define',
  legislation: 'law',
  legal: 'law',
  legally: 'law',
  distinction: 'difference',
  distinctions: 'differences',
  laws: 'law',
  acts: 'act',
  bloke: 'man',
  lad: 'boy',
  resident: 'constituent',
  residents: 'constituents',
  parishioner: 'constituent',
  lass: 'girl',
  // Shorthand typed on a phone.
  dcss: 'dcs',
  corp: 'corporate',
  lvl: 'level',
  lvls: 'levels',
  trng: 'training',
  trg: 'training',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  mnth: 'month',
  mnths: 'months',
  hrs: 'hours',
  doc: 'document',
  docs: 'documents',
  info: 'information',
  govt: 'government',
  gov: 'government',
  dept: 'department',
  depts: 'departments',
  mtg: 'meeting',
  mtgs: 'meetings',
  cttee: 'committee',
  cttees: 'committees',
  ctte: 'committee',
  reqs: 'requirements',
  req: 'requirement',
  stats: 'statistics',
  nos: 'numbers',
  num: 'number',
  ppl: 'people',
  eval: 'evaluation',
  evals: 'evaluations',
  prog: 'programme',
  exec: 'executive',
  edu: 'education',
  mgr: 'manager',
  resp: 'responsibility',
  thru: 'through',
  abt: 'about',
  wot: 'what',
  wat: 'what',
  wht: 'what',
  shd: 'should',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  cos: 'because',
  coz: 'because',
  b4: 'before',
  // What something costs.
  expensive: 'cost',
  pricey: 'cost',
  priciest: 'cost',
  pricy: 'cost',
  costly: 'cost',
  cheapest: 'cost',
}

const numberWords: Readonly<Record<string, string>> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', 'twenty-one': '21', 'twenty one': '21',
  'twenty-five': '25', 'twenty five': '25',
};

/** Prefixes that are written with or without a hyphen ("co-operate", "e-learning", "well-being"). */
const joinedPrefixes = ['co', 'e', 'well', 're', 'pre', 'non', 'sub', 'multi', 'cross', 'step', 'in'];

/** Words that carry no meaning for retrieval: function words and the way questions are asked. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing done down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'whats wheres whos hows im ive id youre dont doesnt isnt arent cant wont shouldnt ' +
    'tell know please thanks thank hi hello hey mean means meaning stand stands stood say says said explain explained ' +
    'get got go going come comes came want wanted need like also really actually bit anything something thing things sort kind ' +
    'vs versus us let lets ok okay yes yeah gonna quick question questions q way ways different various deal deals dealt require requires keep keeps point ' +
    // Where the asker read it, not what they ask about ("according to the LGA slides").
    'according slide slides deck powerpoint'
  ).split(' '),
);

/** After "how", these words ask for a time, a frequency or an amount ("how long", "how often"); the answer need not repeat them. */
const howQuestionWords: ReadonlySet<string> = new Set(['long', 'often', 'soon', 'quickly', 'frequently', 'regularly']);

/**
 * Lower-cases and straightens text, then rewrites the spellings councillors use for the same thing:
 * curly quotes, dashes, "reg44", "s20", "PP+", "7" for "seven", possessives.
 */
export function normaliseText(text: string): string {
  let t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/&/g, ' and ')
    .replace(/\bo\s*\/\s*s\b/g, ' o and s ');
  t = t
    .replace(/\b(pp|ppg)\s*\+/g, '$1 plus ')
    // A lettered clause, "(f)" or "principle f", is one word, so a question about principle (f) finds it.
    .replace(/\bprinciples? ([a-g])(?=\s*(?:$|[?.,;:!]))/g, 'principle ($1)')
    .replace(/\(([a-g])\)/g, ' clause$1 ')
    // The bot's own name is not a question about corporate parenting.
    .replace(/\bcorporate parenting companion\b/g, 'companion bot')
    // A company's parent is not a corporate parent.
    .replace(/\bparent (company|companies|organisation|group)\b/g, 'holding $1')
    // The acronym, written out: its letters would otherwise meet "place" and "placed" once stemmed.
    .replace(/\bplacs?\b/g, 'previously looked after')
    .replace(/'s\b/g, '')
    .replace(/\b(reg|regulation|regs|regulations)\.?\s*(\d+)/g, 'regulation reg $2')
    // A section number is also one word ("section18"), so it does not meet ages and years; "s25B" and "section 25B" meet.
    .replace(/\bsec(?:tion|t)?\.?\s?(\d{1,3}[a-z]{0,2})(\(\d+\))?(?![\da-z])/g, 'section section$1 ')
    .replace(/\bs\.?\s?(\d{1,3}[a-z]{0,2})(\(\d+\))?(?![\d.a-z])/g, 'section section$1 ')
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .replace(/\b(\d{1,2})\s*-?\s*(?:years?|yrs?)\s*-?\s*olds?\b/g, 'age $1')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/'/g, '');
  t = t.replace(/\b(twenty[- ]one|twenty[- ]five)\b/g, (word) => numberWords[word] ?? word);
  t = t.replace(/\b[a-z]+\b/g, (word) => numberWords[word] ?? word);
  const joined = new RegExp(`\\b(${joinedPrefixes.join('|')})-(?=[a-z])`, 'g');
  t = t.replace(joined, '$1');
  return t.replace(/[^a-z0-9]+/g, ' ').replace(/\s+/g, ' ').trim();
}

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

/** The terms to index or search for a text: content words, then one concept token per phrase found. */
export function termsOf(text: string): string[] {
  const { tokens, phrases } = analyseText(text);
  const words = tokens.filter((token) => !token.isStopWord).map((token) => token.word);
  return [...words, ...phrases.flatMap((phrase) => phrase.concepts)];
}
