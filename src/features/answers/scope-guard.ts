import { normaliseText } from './vocabulary.js';

/**
 * Decisions taken before any search: is this about an identifiable child, council business
 * outside corporate parenting, or small talk? Pure functions of the question text.
 */

export type OutOfScopeCategory = (typeof outOfScopeCategories)[number]['category'];

export type ScopeDecision =
  | { readonly kind: 'in-scope' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'identifiable-child' }
  | { readonly kind: 'small-talk' }
  | { readonly kind: 'out-of-scope'; readonly category: OutOfScopeCategory; readonly goTo: string };

/** Words that put a question inside corporate parenting even when it mentions another service. */
const careContext =
  /\b(looked after|in (our |council |the council )?care\b(?! homes?\b)|care leavers?|leaving care|left care|care experienced|foster\w*|corporate parent(?!s? compan)\w*|children home|into care|independent visitors?|cpb|cpp|kinship|residential|lac|cla|cic|cicc|uasc|unaccompanied|virtual school|pep|personal advisers?|pathway plan|staying put|staying close|local offer|adopt\w*|special guardian\w*|sgo|iros?|reg 44|reg 33|care orders?|section 20|pupil premium|pp plus)\b/;

const generalKnowledgeGoTo = 'a search engine';
/**
 * Sums such as "2+2" or "17 * 23". A hyphen between numbers is a range and an unspaced slash a year
 * ("2024/25"), so neither is counted.
 */
const arithmetic = /\d\s*[+*×÷=]\s*\d|\d\s+\/\s+\d|^\s*what is \d+\s*[x+]\s*\d+\s*\??\s*$/i;

/** The councillor's own claims and pay: never corporate parenting, whatever meeting they were for. */
const ownClaims =
  /\b((can|do|how do|where do|should|could) i (claim|get paid|be paid|be reimbursed)|claim(ing)? (for |back )?my (mileage|expenses|travel|parking|petrol|fuel)|my (mileage|expenses|allowances?|expenses? claims?)|special responsibility allowances?|basic allowance|members? allowances?)\b/;

/** Council business that is not corporate parenting, by kind, with where to go instead. */
const outOfScopeCategories = [
  {
    category: 'adult-social-care',
    pattern: /\b(adult social care|adult services|adult safeguarding|vulnerable adults?|care homes?|nursing homes?|elderly|older (person|people|relatives?)|dementia|home care|care package|carers? assessment|blue badge|meals on wheels|(my|her|his) (mum|mother|dad|father|gran|granny|grandmother|grandfather|grandad|nan|husband|wife)\b.{0,40}\bcare\b)/,
    goTo: "the council's adult social care team (its front door or contact centre); I only cover children in care and care leavers",
  },
  {
    category: 'school-admissions',
    pattern: /\b(school (admissions?|applications?|places?|appeals?|catchment|transport|run)|(secondary|primary|infant|junior|reception|sixth form|nursery|year \d{1,2}) (school )?(applications?|places?|admissions?|deadline|allocations?|offers?)|schools? (have|has|with) (spaces|places|vacancies)|school allocations?|national offer day|apply(ing)? for a (school|place)|catchment areas?|in year (transfers?|admissions?)|admission appeals?|school holiday dates|term dates|(get|getting|got) (my|our|her|his|their) (son|daughter|child|kid|kids|children|boy|girl|grandson|granddaughter) into (a |the )?(local )?(school|primary|secondary|nursery|academy))\b/,
    goTo: "the council's school admissions team; admissions for children in care are in scope, so do ask me about those",
  },
  {
    category: 'send',
    pattern: /\b(ehcp|ehcps|ehc plans?|education health and care plans?|ehc needs assessments?|special educational needs|send (team|service|support|tribunal)|sen support|autism|autistic|adhd|dyslexia|(permanent|permanently|fixed term|temporarily) (excluded|exclusions?)|excluded from (the |an |a )?(school|academy|college)|exclusion (appeal|review)s?|(pupil|pupils|child|student|son|daughter) with send|send (pupils?|children))\b/,
    goTo: "the council's SEND and inclusion team (special educational needs, disabilities and exclusions); the education of children in care is in scope, so do ask me about that",
  },
  {
    category: 'members-allowances',
    pattern: /\b(members? allowances?|allowance rates|basic allowance|special responsibility allowance|expenses|mileage|my allowance|councillor pay|pensions?|pension scheme|payslips?)\b/,
    goTo: 'Democratic Services (members’ allowances scheme, expenses claims and pensions)',
  },
  {
    category: 'democratic-admin',
    pattern: /\b(full council (meeting|dates?)|council meeting dates?|committee dates|declare an interest|register of interests|code of conduct|standards committee|pecuniary|polling|electoral|elections?|ballot|voting)\b/,
    goTo: 'Democratic Services or Electoral Services',
  },
  {
    category: 'rooms-and-facilities',
    pattern: /\b(book(ing)? (me )?(a |the )?(meeting |committee )?rooms?|room bookings?|meeting rooms?|hot desks?|desk booking|catering|car park pass|building access|door pass|security pass|id badge|id card|name badge)\b/,
    goTo: 'Democratic Services or the facilities team for room bookings and building access',
  },
  {
    category: 'member-conduct',
    pattern: /\b(code of conduct|declar(e|ing|ation of) (an |my |a )?(interests?|pecuniary)|disclosable pecuniary|register of interests|registering (an |my )?interests?|gifts and hospitality|standards committee)\b/,
    goTo: "the council's Monitoring Officer (code of conduct, interests, gifts and hospitality)",
  },
  {
    category: 'early-help',
    pattern: /\b(early help|family hubs?|family support (service|worker)s?|parenting (classes|courses|programmes?)|supporting families|troubled families|out of control|youth (club|service|centre)s?|free childcare|childcare (costs|places?|funding)|nursery (places?|funding)|holiday activities)\b/,
    goTo: "the council's early help (family support) service; if you think a child is at risk of harm, contact children's services' front door",
  },
  {
    category: 'politics',
    pattern: /\b(manifesto|by ?election|polling (station|day)|party (whip|group|line|policy)|labour|conservatives?|tory|tories|lib dems?|liberal democrats?|green party|reform uk)\b/,
    goTo: 'your party group or the council\'s elections office; I stay out of party politics',
  },
  {
    category: 'it-support',
    pattern: /\b(password|passwords|log ?in|login|laptop|wifi|wi fi|printer|printing|ipad|tablet|mfa|two factor|authenticator|vpn|email account|outlook|it (help|service) ?desk|computer|broadband|mobile phone|teams (is|isnt|not|keeps))\b/,
    goTo: 'the IT service desk',
  },
  {
    category: 'waste',
    pattern: /\b(bins?|bin (day|collection)|recycling|refuse|rubbish|fly ?tipping|litter|waste collection|garden waste|skip hire)\b/,
    goTo: "the council's waste and recycling service (website or contact centre)",
  },
  {
    category: 'planning',
    pattern: /\b(planning (applications?|permission|committee|appeals?|enforcement)|building control|listed buildings?|house extension|loft conversion|conservation area|tree preservation)\b/,
    goTo: "the council's planning service",
  },
  {
    category: 'highways-and-parking',
    pattern: /\b(parking|pcn|penalty charge|potholes?|speed bumps?|street ?lights?|gritting|road ?works|bus pass|bus routes?|traffic|speeding)\b/,
    goTo: "the council's highways and parking service",
  },
  {
    category: 'council-tax-and-benefits',
    pattern: /\b(council tax|business rates|housing benefit|universal credit|benefits? claim)\b/,
    goTo: "the council's revenues and benefits service",
  },
  {
    category: 'housing',
    pattern: /\b(housing register|council house|social housing|housing repairs?|repairs? to (my|a|the) (house|flat|home)|rent arrears|damp|mould|housing waiting list)\b/,
    goTo: "the council's housing options service",
  },
  {
    category: 'licensing',
    pattern: /\b(licen[cs]es?|licensing|taxi|hackney|premises licen[cs]e|alcohol licen[cs]e|gambling|street trading)\b/,
    goTo: "the council's licensing team",
  },
  {
    category: 'schools',
    pattern: /\b(free school meals|fsm|disadvantaged pupils|school (funding|meals|uniform)|uniform grants?)\b/,
    goTo: "the council's education service (schools, free school meals and school funding); the education of children in care is in scope, so do ask me about that",
  },
  {
    category: 'procurement',
    pattern: /\b(procurement|tenders?|tendering|contract values?|suppliers? (payments?|invoices?)|invoices?)\b/,
    goTo: "the council's procurement team",
  },
  {
    category: 'animals',
    pattern: /\b(stray (dogs?|cats?|animals?)|dog wardens?|animal welfare|kennels|rspca|lost (dog|cat)|dangerous dogs?|pets?)\b/,
    goTo: "the council's animal welfare (dog warden) service",
  },
  {
    category: 'leisure-and-culture',
    pattern: /\b(leisure centres?|swimming|swimming pools?|pool (open|opening|close|closing|times|hours)|gym|library opening|museum|theatre|allotments?|opening (times|hours))\b/,
    goTo: "the council's leisure and culture pages",
  },
  {
    category: 'environmental-health',
    pattern: /\b(pest control|rats|mice|noise complaints?|noisy neighbours?|dog fouling|graffiti|food hygiene|birth certificate|death certificate|register (a |my |the |our |her |his )?(babys? |baby )?(birth|death)|wedding|marriage)\b/,
    goTo: "the council's environmental health or registration service",
  },
  {
    category: 'translation',
    pattern: /\b(translate|translation|translating|interpret(er|ing)? (this|my|our)|into (polish|french|spanish|german|urdu|punjabi|arabic|welsh|romanian|portuguese|italian|bengali|gujarati))\b/,
    goTo: "the council's translation and interpreting service",
  },
  {
    category: 'personal-finance',
    pattern: /\b((buy|sell|which|best|good) (shares|stocks)|shares? prices?|stocks? (market|tips)|stock market|crypto\w*|bitcoin|mortgages?|savings accounts?|pension fund|lottery|betting|investment (tips|advice|portfolio))\b/,
    goTo: 'an independent, regulated financial adviser',
  },
  {
    category: 'general-knowledge',
    pattern: /\b(\d+ (times|plus|minus|divided by|multiplied by|x) \d+|holidays?|restaurants?|hotels?|flights?|recommend a|weather|forecast|raining|temperature|capital (city )?of|who won|football|cricket|rugby|recipe|horoscope|tv|films?|movies?|songs?|joke|poem|sports?)\b/,
    goTo: generalKnowledgeGoTo,
  },
] as const satisfies readonly { category: string; pattern: RegExp; goTo: string }[];

/** Greetings and pleasantries; a message made only of these (and stop words) is small talk. */
const smallTalkPhrases =
  /\b(hi+|hiya|hello+|hey+|howdy|yo|good (morning|afternoon|evening|day)|morning|afternoon|evening|how are (you|u)( (today|doing|keeping))?|how is it going|how are things|hows it going|whats up|sup|fancy a (chat|natter)|(can we|lets|shall we) (have a )?chat|chat|thanks?( you)?( very much)?|cheers|ta|bye|goodbye|see (you|ya)|nice to meet you|who are (you|u)|what are (you|u)|are you (a )?(bot|robot|human|real|ai)|what can (you|u) do|what do (you|u) do|tell me about yourself|lol|haha|great|cool|nice|ok|okay|brilliant|lovely|you there|anyone there|test(ing)?|today|please|mate|bot|there|(thats|that is) (all|it|everything)|for now|no thanks|never ?mind|all good|got it|understood|perfect|excellent|wonderful|helpful|useful|appreciated|fab|ace|brill)\b/g;

const leftoverFillers =
  /\b(a|an|the|and|i|im|me|my|you|u|your|is|it|to|of|for|so|just|all|well|oh|um|er|again|very|much|really|do|did|are|am|that|this|was|been|its|thats)\b/g;

/** Decides what kind of question this is before any search is made. */
export function checkScope(question: string, knownWords: ReadonlySet<string> = new Set()): ScopeDecision {
  if (question.trim().length === 0) return { kind: 'empty' };
  if (arithmetic.test(question)) {
    return { kind: 'out-of-scope', category: 'general-knowledge', goTo: generalKnowledgeGoTo };
  }
  if (mentionsIdentifiableChild(question, knownWords)) return { kind: 'identifiable-child' };
  const text = normaliseText(question);
  if (text.length === 0) return { kind: 'empty' };
  if (isSmallTalk(text)) return { kind: 'small-talk' };
  const dominant = alwaysOutOfScope(text);
  if (dominant) return outOfScope(dominant);
  const notInCare = negatedCare.test(text);
  if (notInCare || !careContext.test(text)) {
    const match = outOfScopeCategories.find(({ pattern }) => pattern.test(text));
    if (match) return outOfScope(match.category);
  }
  return { kind: 'in-scope' };
}

function outOfScope(category: OutOfScopeCategory): ScopeDecision {
  const { goTo } = outOfScopeCategories.find((entry) => entry.category === category)!;
  return { kind: 'out-of-scope', category, goTo };
}

/** Care words that are negated ("isn't in care") say the opposite: they do not put a question in scope. */
const negatedCare = /\b(isnt|is not|not|never|arent|are not|wasnt|was not|never been)\s+(the |a |for )?(in care|looked after|a care leaver|care leavers|fostered)\b(?! (any ?more|now|yet))/;

const roomBooking = /\b(book(ing)? (me )?(a |the )?(meeting |committee )?rooms?|room bookings?)\b/;
const technicalFault =
  /\b(crash(es|ed|ing)?|keeps? (crashing|freezing|dropping out)|freez(es|ing)|(wont|doesnt|will not|cant|cannot) (load|connect|open|start|join|sign in)|access denied|error messages?|(cant|cannot) (log ?in|connect|hear|join)|no sound|microphone|webcam|share (my )?screen|screen ?shar(e|ing)|wont let me)\b/;
const adultsOnly =
  /\b(adult social care|adult services|adult residential|adults with|(disabled|vulnerable|frail) adults?|safeguarding adults|direct payments?|older (people|person|relatives?)|elderly|dementia|pensioners?)\b/;
/** Adults' services that sound like children's ones ("Shared Lives", "adult foster care"). */
const adultsLookAlike =
  /\b(shared lives|adult (foster\w*|placements?)|supported living|(lasting )?power of attorney|deprivation of liberty|dols|home care package|care package|adult social care (needs )?assessment|needs assessment for (an |her |his )?(adult|elderly|older)|(elderly|older|frail) (mum|mother|dad|father|parent|relative|neighbour)s?)\b/;
const careLeaverWords = /\b(care leavers?|leaving care|left care|care experienced|cl|cls)\b/;
/**
 * A routine service request is for that service, even about a children's home or a foster carer:
 * its bins, the speed bumps outside, a foster carer's parking ticket or council tax band.
 */
const serviceRequests: readonly { category: OutOfScopeCategory; pattern: RegExp }[] = [
  { category: 'waste', pattern: /\b(bins?|rubbish|recycling)\b.{0,60}\b(emptied|collected|collection|missed)\b|\b(missed bins?|bin collections?|fly ?tipping|waste (service|contract|contractor)s?)\b/ },
  { category: 'planning', pattern: /\b(planning (applications?|permission|consent|grounds|appeals?|enforcement|objections?)|object(ion)? to (the |a |this |their )?planning)\b/ },
  { category: 'highways-and-parking', pattern: /\b(parking (tickets?|fines?|permits?|charges?|spaces?)|pcns?|penalty charges?|speed (bumps?|humps?|cameras?)|potholes?|street ?lights?|traffic calming|yellow lines|dropped kerbs?)\b/ },
  { category: 'democratic-admin', pattern: /\b(stand(ing)? (as a candidate|for election)|candidates? (in|for) the|nomination papers|polling (station|day)|electoral (roll|register)|postal votes?|register to vote)\b/ },
  { category: 'animals', pattern: /\b(stray (dogs?|cats?|animals?)|dog wardens?|animal welfare|kennels|rspca|dangerous dogs?|dogs? (barking|bark|bit|bites|attack\w*))\b/ },
  { category: 'highways-and-parking', pattern: /\b(20 ?mph|speed limits?|speeding (cars|traffic|past))\b/ },
  { category: 'leisure-and-culture', pattern: /\b(opening (hours|times)|book a swim|swimming lessons)\b/ },
  { category: 'licensing', pattern: /\b(temporary event notices?|premises licen[cs]es?|licensing (fee|application|team))\b/ },
  { category: 'procurement', pattern: /\b(procurement|tender (notices?|process)|publish a tender|contract (values?|thresholds?|procedure rules))\b/ },
  { category: 'early-help', pattern: /\b(childminders?|childminding|30 hours|free childcare|youth (clubs?|centres?)|youth service budget)\b/ },
  { category: 'school-admissions', pattern: /\b((school )?term dates|school holiday dates|(first|second|third) choice (school|secondary|primary)|admissions? appeals?)\b/ },
  { category: 'schools', pattern: /\b(free school meals|fsm|disadvantaged pupils)\b/ },
  { category: 'general-knowledge', pattern: /\b(weather|forecast|capital (city )?of|who (won|painted|invented)|recipe|horoscope|football scores?)\b/ },
  { category: 'politics', pattern: /\b(re ?election|election campaign|campaign (leaflet|tweet)|the opposition|opposition (party|councillors|group))\b/ },
];
const councilTaxAccount =
  /\b(council tax (bills?|band\w*|arrears|summons|payments?|direct debits?|refunds?|reminders?|valuation|reduction|support|query|queries|instalments?)|(my|her|his|their) council tax|council tax\b.{0,80}\b(direct debit|instalments?|reminder notice|bailiffs?))\b/;

const aboutChildren =
  /\b(child|children|childrens|young (people|person)|kids?|teens?|teenagers?|care leavers?|cl|cls|leaving care|looked after|foster\w*|cic|lac|cla|under 18|transition)\b/;

/**
 * Business that stays outside corporate parenting whatever care words come with it: the councillor's
 * own claims and conduct, party politics, room bookings, a technical fault (even in the board's Teams
 * meeting), care for adults alone, council tax other than care leavers', routine service requests.
 */
function alwaysOutOfScope(text: string): OutOfScopeCategory | undefined {
  if (ownClaims.test(text)) return 'members-allowances';
  if (technicalFault.test(text)) return 'it-support';
  if (roomBooking.test(text)) return 'rooms-and-facilities';
  for (const category of ['member-conduct', 'politics'] as const) {
    if (outOfScopeCategories.find((entry) => entry.category === category)!.pattern.test(text)) return category;
  }
  if (adultsOnly.test(text) && !aboutChildren.test(text)) return 'adult-social-care';
  const careLeaver = careLeaverWords.test(text);
  if (adultsLookAlike.test(text) && !careLeaver) return 'adult-social-care';
  // Care leavers' council tax exemption is corporate parenting; anyone else's council tax account is not.
  if (councilTaxAccount.test(text) && !careLeaver) return 'council-tax-and-benefits';
  return serviceRequests.find(({ pattern }) => pattern.test(text))?.category;
}

export function isSmallTalk(normalisedText: string): boolean {
  const withoutSmallTalk = normalisedText.replace(smallTalkPhrases, ' ');
  if (withoutSmallTalk.length === normalisedText.length) return false;
  return withoutSmallTalk.replace(leftoverFillers, ' ').trim().length === 0;
}

/**
 * A house number and street ("at 12 Elm Road", "lives at 3a park lane"). The number must follow a word that
 * introduces a place, so "reg 44 visits take place" or "section 20 and the high court" are not addresses.
 */
const streetAddress =
  /(?:^|\b(?:at|on|in|from|near|to|number|no\.?|flat|house|lives|living|address)\s+|,\s*)\d{1,4}[a-z]?,?\s+(?:[A-Za-z'-]+\s+){1,3}(?:road|rd|street|st|avenue|ave|close|lane|ln|drive|dr|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|walk|row|square|sq|hill|park|mews|rise|view|estate)\b/i;
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const childAtPlace =
  /\b(the|that|this) ((\d{1,2} ?(yo|year old|yr old)|year \d{1,2}|reception|little|young|older|eldest|youngest|teenage|new) )?(boy|girl|lad|lass|teenager|teen|baby|toddler|family|siblings|brothers|sisters|twins|young (man|woman|lad))\s+(at|in(?! (care|need)\b)|on|from|who lives|living|next door|down|above|behind)\b/i;
/** Asking which children of a named place, or on the council's list, are in care. */
const childrenOfAPlace =
  /\b(which|what|who are the) (children|kids|young people|families)\b.{0,60}\b(on (our|the) ([a-z ]{0,20})?list|names? of|(from|on|in) the [A-Z][a-z]+ (estate|road|street|close|avenue))/i;
/** The only child of a kind in a place is as identifiable as a named one. */
const onlyOneInAPlace =
  /\bthe only ([a-z]+ ){0,2}(child|kid|young person|care leaver|looked after child|child in care|foster (child|family|carer)|boy|girl|teenager|family|uasc|asylum seeker|refugee)\b.{0,30}\b(living|placed|who lives|in|at|from|on)\b/i;
/** Initials written with full stops ("the care leaver D.R."). */
const dottedInitials = /\b([A-Z])\.\s?([A-Z])\.(?:\s?[A-Z]\.)?/g;
/** A name's possessive before a step in a child's care ("lilly-mae's adoption", "Jack's PEP"). */
const possessiveCareStep =
  /\b([A-Za-z]+(?:-[A-Za-z]+)?)'s ([a-z]+ |[A-Z]{2,4} )?(adoption|placement|foster (placement|carers?|family|home)|care plan|pathway plan|pep|review|case|social worker|personal adviser|court (case|hearing)|contact (arrangements|visits?))\b/gi;
/** A child known by a nickname ("the lad everyone calls 'Smiler'", "known as Bubs"). */
const nickname = /\b(known as|(everyone|they|we|staff) calls? (him|her|them)?|nicknamed|goes by)\s*['"‘“]?([A-Z][a-z]+)/g;
/** A child the asker knows: a neighbour's or a constituent's son or daughter. */
const someonesChild =
  /\b(my|our|a|the) (neighbour|friend|constituent|colleague|cousin|sister|brother|niece|nephew)('?s)? (son|daughter|child|kids?|boy|girl|grandson|granddaughter|baby)\b/i;
/** Asking after one person's situation ("is she still in care?", "has he had a new social worker?"). */
const statusOfSomeone =
  /\b((is|are|has|have|was|were) (he|she|they) (still|now|been|gone|going to be|being|had|settling)|(he|she|they) (was|were|has been|have been) (taken|placed|moved|adopted|fostered|removed)|(from|at|in) number \d{1,4})\b/i;
/** A particular child or small group, as opposed to children in general. */
const particularChildren =
  /\b(the|that|this) (two |three |four |\d )?([a-z]+ )?(boy|girl|lad|lass|brothers|sisters|siblings|twins|teenager|baby|toddler|young (man|woman))\b/i;
/** Two people's initials together ("LB and JB"). */
const initialsPair = /\b([A-Z]{2})\s+(?:and|&)\s+([A-Z]{2})\b/g;
const someoneAtNamedPlace =
  /\b(the|that|this) (child|kid|young person|youngster|family)\s+(at|from|on|who lives|living|next door)\s+(number|no\.?|flat|\d|[A-Z][a-z]+)/;
const caseDetails =
  /\b(child protection plan|cp plan|case file|case notes|case details)\b.{0,40}\b(for|of|on|about) (the|this|that) (family|child|boy|girl)\b/i;
const personalEvent = /\b(has|did|is|was|have)\s+(he|she|they)\s+(gone|been|run|ran|got|going|left|moved|absconded)\b/i;
const namedFamily = /\bthe (?:two |three |four |\d+ )?([A-Z][a-z]+) (family|children|kids|boys|girls|brothers|sisters|twins|household|baby)\b/;
/** Asking for where a child or their carers live, or how to reach them. */
const personalDetails =
  /\b(address|home address|phone number|contact details|where (do|does) (they|he|she) live)\b.{0,40}\b(foster (family|carers?|parents?)|carers?|child|boy|girl|young person|family)\b/i;
const namedStreet =
  /\b(on|in|at|from|near|off) (the )?([A-Z][a-z]+ )?[A-Z][a-z]+ (Road|Street|Avenue|Close|Lane|Drive|Way|Crescent|Grove|Gardens|Terrace|Mews|Estate)\b/;
/** Two capitalised words in a row (pairs overlap, so "Has Kayden Smith" yields "Kayden Smith"). */
const fullName = /\b([A-Z][a-z]+) (?=([A-Z][a-z]+)\b)/g;
const aboutOneChild =
  /\b(boy|girl|son|daughter|kid|child|teenager|teen|baby|toddler|aged \d+|\d+ years? old|in care|foster\w*|placement|missing|looked after|care leaver)\b/i;
const namedHome = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:children'?s home|house|lodge|care home|court)\b/;
const ageMention = /\b(\d{1,2})[- ]?(year[- ]old|yr old|yo)\b|\baged \d{1,2}\b/i;

/**
 * A named or identifiable child or family: a name with an age or initial, a house number and street,
 * "the boy at …", the details of a case. Two weaker signals together (a named home or street and
 * "has he gone missing again?") also count; a street alone ("a children's home on Park Road") does not.
 */
export function mentionsIdentifiableChild(question: string, knownWords: ReadonlySet<string>): boolean {
  const isName = (word: string | undefined): boolean =>
    word !== undefined && word.length > 1 && !knownWords.has(word.toLowerCase()) && !commonCapitalisedWords.has(word.toLowerCase());
  if (streetAddress.test(question) || postcode.test(question) || childAtPlace.test(question)) return true;
  if (someoneAtNamedPlace.test(question) || personalDetails.test(question) || childrenOfAPlace.test(question)) return true;
  if (onlyOneInAPlace.test(question)) return true;
  if (aboutOneChild.test(question)) {
    for (const match of question.matchAll(nickname)) if (isName(match[4])) return true;
  }
  if (aboutOneChild.test(question)) {
    for (const [, first, second] of question.matchAll(dottedInitials)) if (!knownWords.has(`${first}${second}`.toLowerCase())) return true;
  }
  for (const match of question.matchAll(possessiveCareStep)) {
    const owner = match[1]?.toLowerCase() ?? '';
    if (!familyWords.has(owner) && owner.split('-').every((part) => isName(part))) return true;
  }
  for (const [, first, second] of question.matchAll(initialsPair)) {
    if (first && second && !knownWords.has(first.toLowerCase()) && !knownWords.has(second.toLowerCase())) return true;
  }
  const family = namedFamily.exec(question);
  if (family && isName(family[1])) return true;
  if (aboutOneChild.test(question)) {
    for (const match of question.matchAll(fullName)) if (isName(match[1]) && isName(match[2])) return true;
  }
  for (const match of question.matchAll(/\b([A-Z][a-z]+)\s+[A-Z]\.?(?=[\s,)]|$)/g)) if (isName(match[1])) return true;
  for (const match of question.matchAll(/\b([A-Za-z][a-z]+)\s*(?:,|\()\s*(?:aged\s+)?(\d{1,2})\s*(?:,|\)|yo\b|years?\b|$)/g)) {
    const age = Number(match[2]);
    if (age <= 25 && isName(match[1])) return true;
  }
  for (const match of question.matchAll(/\b(?:happening|going on|update|news|heard)\s+(?:with|on|about)\s+([A-Z][a-z]+)\b/g)) {
    if (isName(match[1])) return true;
  }
  const weakSignals = [namedHome, namedStreet, personalEvent, ageMention, caseDetails, someonesChild, statusOfSomeone, particularChildren].map((signal) =>
    signal.test(question),
  );
  return weakSignals.filter(Boolean).length >= 2;
}

/** Whose adoption or placement it is when it is not a child's name ("my son's", "the council's"). */
const familyWords: ReadonlySet<string> = new Set(
  'mum mother dad father son daughter child childs kid baby brother sister nephew niece grandson granddaughter cousin carer carers family parent council authority board someone somebody anyone everyone their'.split(' '),
);

/** Capitalised words that are not names of people (sentence starts, days, months, titles). */
const commonCapitalisedWords: ReadonlySet<string> = new Set(
  (
    'i a the what whats who how when where why which is are can could should would do does did will my our your their his her ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'councillor cllr mr mrs ms miss dr sir lord lady council cabinet scrutiny board panel ofsted reg regulation section level module question principle ' +
    'england english british uk london act children care leaver leavers lac cla cic cpb cpp iro pep uasc sgo dfe lga ncb ' +
    'if and or but hi hello dear please thanks also so then there this that these those it its in on at for of to with from about ' +
    'annex appendix part schedule volume chapter table plan option type grade band key stage step phase year tier group team level'
  ).split(' '),
);
