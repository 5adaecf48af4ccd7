import { asksHowFarThePrinciplesReach, councilBusinessIn, generalKnowledgeGoTo, goToFor, namesCorporateParenting, saysNotInCare, type OutOfScopeCategory } from './council-business.js';
import { mentionsIdentifiableChild } from './identifiable-child.js';
import { withoutRemarks } from './member-remarks.js';
import { askParts } from './question-parts.js';
import { namesACorporateParentingConcept, normaliseText } from './vocabulary.js';

/**
 * Decisions taken before any search: is this about an identifiable child, council business
 * outside corporate parenting, or small talk? Pure functions of the question text.
 */

export type ScopeDecision =
  /** `chitChat`: it also talks to the bot about itself, which the engine weighs against what the search finds. */
  | { readonly kind: 'in-scope'; readonly chitChat: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'identifiable-child' }
  | { readonly kind: 'small-talk' }
  | { readonly kind: 'out-of-scope'; readonly category: OutOfScopeCategory; readonly goTo: string };

/**
 * Sums such as "2+2" or "17 * 23". A hyphen between numbers is a range and an unspaced slash a year
 * ("2024/25"), so neither is counted.
 */
const arithmetic = /\d\s*[+*×÷=]\s*\d|\d\s*%\s*of\s*\d|\d\s+\/\s+\d|^\s*what is \d+\s*[x+]\s*\d+\s*\??\s*$/i;

/** Greetings and pleasantries; a message made only of these (and stop words) is small talk. */
const smallTalkPhrases =
  /\b(hi+|hiya|hello+|hey+|howdy|yo|good (morning|afternoon|evening|day)|morning|afternoon|evening|how are (you|u)( (today|doing|keeping))?|how (is )?it going|how are things|hows it going|(hows|how is|how) your day( going)?|whats up|sup|fancy a (chat|natter)|(can we|lets|shall we) (have a )?chat|chat|thanks?( you)?( very much)?|cheers|ta|bye|goodbye|see (you|ya)|nice to meet you|who are (you|u)|what are (you|u)|are you (a )?(bot|robot|human|real person|real|ai)|(whats|what is|what) your name|tell me about yourself|lol|haha|great|cool|nice|ok|okay|brilliant|lovely|you there|anyone there|test(ing)?|today|please|mate|bot|there|(thats|that is) (all|it|everything)|for now|no thanks|never ?mind|all good|got it|understood|perfect|excellent|wonderful|helpful|useful|appreciated|fab|ace|brill|(have|enjoy) (a|your|the) (good |nice |great |lovely |happy |restful )?(weekend|day|evening|week|holiday|break|christmas|rest of (the|your) (day|week))|speak (to you )?(soon|later)|talk (to you )?(soon|later)|take care)\b/g;

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
  // Most questions hold no remarks about the member's day: only those are normalised a second time.
  const asked = withoutRemarks(question);
  const category = councilBusinessIn(asked === question ? text : normaliseText(asked)) ?? businessAfterAChangeOfSubject(question) ?? anotherServiceAsked(question, text);
  if (category && !businessOnlyInTheScene(asked, text)) return { kind: 'out-of-scope', category, goTo: goToFor(category) };
  return { kind: 'in-scope', chitChat: chitChat.test(text) };
}

/**
 * Other business named only in the scene a question sets, when what it asks is about corporate parenting
 * ("The opposition group want to boycott our CPB. What did Ofsted find about boards in good councils?"), or about
 * the principles or the bot's own answers. Not when the question says the child is not in care.
 */
function businessOnlyInTheScene(question: string, text: string): boolean {
  const { scene, ask, scenePlace, asking, upToTheAsk, inOneBreath } = askParts(question);
  if (saysNotInCare(text)) return false;
  // Business in a remark between two asks is chatter, as it is after the ask ("… in 2014? That was the waste contract row. Was it…?").
  if (councilBusinessIn(normaliseText(asking))) return false;
  // With no scene and no such remark, the business is in what is asked.
  if (!scene && asking === ask) return false;
  const askText = normaliseText(ask);
  if (namesCorporateParenting(askText) || asksAboutThePrinciples.test(askText) || asksAboutItsAnswers.test(askText)) return true;
  // A lead-in to the ask that names corporate parenting and holds no business, or only small talk, is what the ask
  // refers back to; the business is in chatter after the ask ("A young person mentioned Telford's Children's Panel. What
  // is it? I'll be at the leisure centre later."), before a change of subject ("The heating's broken again. Anyway -
  // Bradford's panel heard…") or is small talk ("…this weekend instead of gardening").
  const leadIn = upToTheAsk.split(changeOfSubject).at(-1) ?? upToTheAsk;
  const leadInBusiness = councilBusinessIn(normaliseText(leadIn));
  if ((leadInBusiness === undefined || leadInBusiness === 'general-knowledge') && namesACorporateParentingConcept(leadIn)) return true;
  // Typed in one breath, the business is in the member's day when the ask after "so" or "but" is about corporate
  // parenting, or when the lead-in names corporate parenting last.
  if (inOneBreath && (namesACorporateParentingConcept(ask) || namedLastIn(leadIn) === 'corporate-parenting')) return true;
  // Otherwise a lead-in with business is often what a bare ask is about ("The bins were missed. Who do I report it to?"),
  // while business only in chatter after the ask is not ("… Can CSE happen online? I parked at the supermarket.").
  return scenePlace !== 'before' && namesACorporateParentingConcept(ask);
}

/**
 * Corporate parenting or other business, whichever a lead-in names last: "…between the car parking charges item and
 * the bus consultation the chief exec said we need to care about our children in care… but whats the difference" is
 * about children in care; "I sit on the fostering panel and my bins were missed so who do I report it to" is about bins.
 */
function namedLastIn(leadIn: string): 'corporate-parenting' | 'business' | undefined {
  for (const clause of leadIn.split(clauseBreak).reverse()) {
    const text = normaliseText(clause);
    if (councilBusinessIn(text)) return 'business';
    if (namesCorporateParenting(text)) return 'corporate-parenting';
  }
  return undefined;
}

const clauseBreak = /[,;:.!?()]|\s[-–—]\s|\b(?:and|but|so|then|while|when|after|before|because|between|alongside|besides|as well as|along with|on top of)\b/i;

/**
 * A service every resident uses, asked about after a scene that names corporate parenting only as the member's
 * background ("I sit on the corporate parenting board and know about children's social care, but nothing about services
 * for older people. How does she get a needs assessment from adult social care?"). Not expenses or meetings, which a
 * scene about a volunteer or the board may own ("…an independent visitor. Can I claim those back?"), and not when the
 * question asks how far the principles reach ("Licensing? Planning?").
 */
function anotherServiceAsked(question: string, text: string): OutOfScopeCategory | undefined {
  const { scene, asking } = askParts(question);
  if (!scene || asksHowFarThePrinciplesReach(text) || namesACorporateParentingConcept(asking)) return undefined;
  const category = councilBusinessIn(normaliseText(asking));
  return category && servicesForEveryone.has(category) ? category : undefined;
}

const servicesForEveryone: ReadonlySet<OutOfScopeCategory> = new Set([
  'adult-social-care', 'school-admissions', 'housing', 'planning', 'licensing', 'waste', 'highways-and-parking', 'property', 'council-finance',
]);

/** Words that leave what came before behind. */
const changeOfSubject =
  /\b(?:anyway|anyways|anyhow|moving on|on another note|on a (?:different|separate) (?:note|point)|changing the subject|enough about that|rant over|(?:totally|completely|entirely) unrelated|unrelated (?:question|query|point)|(?:another|an?(?: (?:completely|totally|entirely|quite))? (?:different|separate|unrelated)) matter(?: entirely)?|(?:a )?separate (?:question|query)|different (?:question|subject|topic) entirely|(?:this is |it'?s )?a personal (?:one|question|matter)|(?:slightly |a bit )?random (?:one|question))\b/i;

/**
 * The business a question turns to after a change of subject, when it asks only after it ("I sit on the fostering
 * panel. Totally unrelated - my wheelie bin has been nicked. How do I order a new one?"): the care words before it do
 * not put the ask in scope.
 */
function businessAfterAChangeOfSubject(question: string): OutOfScopeCategory | undefined {
  const parts = question.split(changeOfSubject);
  const newSubject = parts.at(-1) ?? '';
  if (parts.length < 2 || !newSubject.includes('?') || parts.slice(0, -1).some((part) => part.includes('?'))) return undefined;
  return councilBusinessIn(normaliseText(newSubject));
}

/** "The principle on aspirations": with no other business in the ask, the corporate parenting principles. */
const asksAboutThePrinciples = /\bprinciples?\b/;

/**
 * An ask about the bot's own answers or forms ("how can I check which document your answer is based on?", "where do I
 * find the evaluation form?"). Narrower than the bot concepts the search uses: "how do I report it?" after a pothole
 * is still highways business.
 */
const asksAboutItsAnswers = /\byour (answers?|sources?|repl(y|ies)|information|info)\b|\b(where|how) (do|did) you (get|find|know)\b|\b(evaluation|feedback) forms?\b/;

/**
 * Conversation with the bot about itself ("do you have feelings?", "what are you up to this weekend?").
 * Unlike a greeting it may carry other words, so the engine treats it as small talk only when the best
 * article is not about a corporate-parenting concept the question names.
 */
const chitChat =
  /\b((are|r) (you|u) (chatgpt|gpt|copilot|gemini|an? (ai|llm|chatbot))|what (ai )?model (are|r) (you|u)|who (made|built|created|programmed|designed) (you|u)\b(?! (think|say|said|mean))|(whats|what is) (your|ur) name|(you|u) running on|(you|u) (ever )?(have|got|feel|get) (any )?(feelings|emotions|lonely|bored|tired)|(are|r) (you|u) (a )?(real|human|person|robot|bot|ai|machine|computer)\b.{0,20}\bor (a )?(real|human|person|robot|bot|ai|machine|computer)|do (you|u) feel|(are|r) (you|u) (happy|sad|ok|okay|bored|lonely|tired|alive|conscious|sentient|clever|smart|busy|married|single|human)|(you|u) (like|enjoy|love|hate) (your|ur) (job|work)|what (are|r) (you|u) (up to|doing (later|tonight|this))|(your|ur) (favourite|weekend|hobbies|plans for)|what do (you|u) do for fun|how old (are|r) (you|u)|where do (you|u) live|tell me (something|a fact|a story|a secret)|w?h?a+z+u+p|wh?a+s+u+p|(can|could|shall) we (just )?(have a )?(chat|talk|natter)|(just )?(want|wanted|fancy) (a|to) (chat|natter)|(youre|you are|ur) (a star|great|brilliant|amazing|the best|a legend|funny)|love you|(i am|im) bored|entertain me|(can|shall|could) we play)\b/;

export function isSmallTalk(normalisedText: string): boolean {
  const withoutSmallTalk = normalisedText.replace(smallTalkPhrases, ' ');
  if (withoutSmallTalk.length === normalisedText.length) return false;
  return withoutSmallTalk.replace(leftoverFillers, ' ').trim().length === 0;
}
