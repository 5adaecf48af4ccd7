import { describe, expect, it } from 'vitest';
import { createSpellingCorrector, withinOneEdit } from '../../../src/features/answers/answer-index.js';
import { loadEverydayWords } from '../../../src/features/answers/everyday-english.js';
import { analyseText, conceptToken, definitionMarker, normaliseText, stemWord, termsOf } from '../../../src/features/answers/vocabulary.js';

const conceptsIn = (text: string): string[] => analyseText(text).phrases.flatMap((phrase) => phrase.concepts);

describe('normalising how councillors write', () => {
  it('straightens quotes and dashes, drops possessives and writes regulations and sections one way', () => {
    expect(normaliseText('What’s the Reg44 visitor’s role – and s20?')).toBe('what the regulation reg 44 visitor role and section section20');
    expect(normaliseText('s25B duties')).toBe(normaliseText('section 25B duties'));
    expect(termsOf('section 18 of the Children Act 2004')).not.toContain('18');
    expect(normaliseText('PP+ is £2,570')).toBe('pp plus is 2570');
  });

  it('writes numbers in words as digits, so "seven principles" meets "7 principles"', () => {
    expect(normaliseText('the seven principles and ten questions')).toBe('the 7 principles and 10 questions');
  });

  it('reads numbers said aloud or dictated, so "reg forty four" is Regulation 44', () => {
    expect(normaliseText('the regulation forty four visit')).toBe(normaliseText('the Reg 44 visit'));
    expect(normaliseText('reg thirty-three visits')).toBe(normaliseText('Reg 33 visits'));
    expect(normaliseText('a PA until twenty five, or twenty-one')).toBe('a pa until 25 or 21');
    expect(normaliseText('twenty years ago')).toBe('20 years ago');
    expect(normaliseText('no one at the board, one of them')).toBe('no one at the board one of them');
  });

  it('reads a description of the bot as the bot ("this corporate parenting assistant")', () => {
    expect(normaliseText('the evaluation for this corporate parenting assistant')).toBe('the evaluation for this companion bot');
  });

  it('reads "Reg 33s" as Regulation 33 and "under 5s" as under 5', () => {
    expect(normaliseText('doing Reg 33s')).toBe(normaliseText('doing Reg 33'));
    expect(normaliseText('checks for under-5s and over 16s')).toBe('checks for under 5 and over 16');
    expect(normaliseText('back in the 2000s')).toBe('back in the 2000s');
  });

  it('joins hyphenated prefixes so "co-operate" meets "cooperate" and "e-learning" meets "elearning"', () => {
    expect(normaliseText('co-operate, e-learning, well-being')).toBe('cooperate elearning wellbeing');
  });

  it('reads each letter in "principles b and c" as a clause', () => {
    expect(normaliseText('principles b and c - whats the diff?')).toBe('principles clauseb and clausec whats the diff');
    expect(normaliseText('principles a, b or g')).toBe('principles clausea clauseb or clauseg');
    expect(termsOf('whats the diff')).toEqual(termsOf('whats the difference'));
  });

  it('reads "what is X for?" as asking its purpose, and "Dr" as a doctor', () => {
    expect(normaliseText('What is the board actually for?')).toBe('what is the board actually for purpose');
    expect(normaliseText("what's a PEP for")).toBe('what a pep for purpose');
    expect(normaliseText('what do we ask for?')).toBe('what do we ask for');
    expect(normaliseText("what's LAC short for?")).toBe('what lac short for');
    expect(termsOf('has to be a dr?')).toEqual(termsOf('has to be a doctor?'));
    expect(termsOf('what should the ToR cover')).toEqual(termsOf('what should the terms of reference cover'));
    expect(normaliseText('A foster carer told me her child still has no PEP')).toBe('they say her child still has no pep');
    expect(normaliseText('A resident told me about a foster child')).toBe('a resident told me about a foster child');
    expect(normaliseText('A resident asked me which councillor leads on children in care')).toBe('they say which councillor leads on children in care');
    expect(normaliseText('A neighbour asked me to find out where he is placed')).toBe('a neighbour asked me to find out where he is placed');
    expect(normaliseText('people keep saying we should care about them')).toBe('they say we should care about them');
    expect(normaliseText('I want to quote it in my cabinet report')).toBe('i want to quote it');
    // Without the apostrophe, "I'll" and "we'll" would be "ill" and "well".
    expect(normaliseText("I'll pass it on and we’ll see; she'd know")).toBe('i pass it on and we see she know');
    expect(normaliseText("they say 'cared about' - where's that from?")).toBe('they say cared about where does that phrase come from');
    expect(normaliseText("where's that from? it's not in my notes")).toBe('where that from it not in my notes');
    expect(normaliseText('what goes in the report to the board')).toBe('what goes in the report to the board');
  });

  it('turns an age into a single term', () => {
    expect(normaliseText('a 22-year-old care leaver')).toBe('a age 22 care leaver');
  });
});

describe('stemming', () => {
  it.each([
    ['visits', 'visiting'],
    ['care', 'caring'],
    ['meetings', 'meet'],
    ['planned', 'plan'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });
});

describe('domain concepts', () => {
  it('treats LAC, CLA, CiC, children in care and looked after children as one concept', () => {
    const lookedAfter = conceptToken('looked-after');
    for (const text of ['LAC', 'CLA', 'CiC', 'children in care', 'looked after children', 'taken into care']) {
      expect(conceptsIn(text), text).toContain(lookedAfter);
    }
  });

  it("does not take looking after one's garden or parent, or the armed forces covenant, for the care concepts", () => {
    expect(conceptsIn('I have looked after my allotment for years')).not.toContain(conceptToken('looked-after'));
    expect(conceptsIn('how do I look after my dad after his op')).not.toContain(conceptToken('looked-after'));
    expect(conceptsIn('who looked after my son while he was in care')).toContain(conceptToken('looked-after'));
    expect(conceptsIn('what does the Armed Forces Covenant commit us to')).not.toContain(conceptToken('covenant'));
    expect(conceptsIn('is the care leaver covenant like the armed forces covenant')).toContain(conceptToken('covenant'));
    expect(conceptsIn('can the council enforce a restrictive covenant on my deeds')).not.toContain(conceptToken('covenant'));
    expect(conceptsIn('how can the council foster better community relations')).not.toContain(conceptToken('fostering'));
    expect(conceptsIn('how can the council recruit more foster carers')).toContain(conceptToken('fostering'));
    expect(conceptsIn('why were fosterers leaving')).toContain(conceptToken('fostering'));
  });

  it('reads a stressed "cared FOR" as the for-and-about distinction, and leaves "cared for" in lower case alone', () => {
    expect(conceptsIn('is it enough that children are cared FOR?')).toContain(conceptToken('cared-about'));
    expect(conceptsIn('we must care ABOUT them')).toContain(conceptToken('cared-about'));
    expect(conceptsIn('how many children are cared for by the council')).not.toContain(conceptToken('cared-about'));
  });

  it('does not take a two-tier area for the tiers of responsibility', () => {
    expect(conceptsIn('in a two-tier area is the district a relevant partner')).not.toContain(conceptToken('tiers'));
    expect(conceptsIn('which tier is a ward councillor in')).toContain(conceptToken('tiers'));
  });

  it('treats LG Inform and comparing figures with other councils as benchmarking', () => {
    for (const text of ['LG Inform', 'how do we benchmark', 'compare our data with similar councils']) {
      expect(conceptsIn(text), text).toContain(conceptToken('benchmarking'));
    }
  });

  it.each([
    ['IRO', 'independent reviewing officer', 'iro'],
    ['PEP', 'personal education plan', 'pep'],
    ['VSH', 'virtual school head', 'virtual-school'],
    ['reg 44', 'Regulation 44', 'reg-44'],
    ['PP+', 'pupil premium plus', 'pupil-premium'],
    ['CiCC', 'children in care council', 'cicc'],
    ['PA', 'personal adviser', 'personal-adviser'],
    ['CSWA', 'Children and Social Work Act 2017', 'cswa-2017'],
  ])('%s and "%s" share a concept', (acronym, phrase, concept) => {
    expect(conceptsIn(acronym)).toContain(conceptToken(concept));
    expect(conceptsIn(phrase)).toContain(conceptToken(concept));
  });

  it('leaves stop words out of the searched terms', () => {
    expect(termsOf('what is the role of the IRO')).toEqual([stemWord('role'), 'iro', conceptToken('iro')]);
  });

  it('treats "how long" and "how often" as the way a question is asked, not as what it is about', () => {
    expect(termsOf('how often are reviews')).toEqual([stemWord('reviews')]);
    expect(termsOf('long term placements')).toContain('long');
  });

  it('reads phone shorthand as the words it stands for, and "wot" as a question word', () => {
    expect(termsOf('lvl 2 trng')).toEqual(termsOf('level 2 training'));
    expect(termsOf('wot r the corp parenting reqs')).toEqual(termsOf('what are the corporate parenting requirements'));
  });

  it("does not take a parent company, or the bot's own name, for a corporate parent", () => {
    expect(termsOf('the corporate parent company of our provider')).not.toContain(conceptToken('corporate-parent'));
    expect(termsOf('what can the Corporate Parenting Companion do')).not.toContain(conceptToken('corporate-parent'));
    expect(termsOf('the council as corporate parent')).toContain(conceptToken('corporate-parent'));
  });

  it('reads a lettered clause the same with or without brackets', () => {
    expect(termsOf('principle f?')).toEqual(termsOf('principle (f)'));
    expect(termsOf('(f) for those children to be safe')).toContain('clausef');
    expect(termsOf('which principle a council must follow')).not.toContain('clausea');
  });

  it('hears "without warning", "turn up", "get warning" and "warn the home" as an unannounced visit', () => {
    expect(termsOf('can I turn up without warning')).toContain(conceptToken('unannounced'));
    expect(termsOf('do homes get warning before a visit')).toContain(conceptToken('unannounced'));
    expect(termsOf('visits are unannounced')).toContain(conceptToken('unannounced'));
    expect(termsOf("do they have to warn the home they're coming")).toContain(conceptToken('unannounced'));
    expect(termsOf('are reg 44 visits announced or not')).toContain(conceptToken('unannounced'));
    expect(termsOf('can visits be done without telling the home first')).toContain(conceptToken('unannounced'));
    expect(termsOf('the DCS mentioned a JTAI being announced')).not.toContain(conceptToken('unannounced'));
  });

  it('leaves out contractions typed with or without the apostrophe ("we\'ve", "theyre", "didnt")', () => {
    expect(termsOf("We've got a pledge but they're not using it and it didn't work")).toEqual(termsOf('got a pledge but not using it and it work'));
    expect(termsOf('weve got a pledge')).toEqual(termsOf('got a pledge'));
  });

  it('marks a question about what a short word stands for as a glossary question', () => {
    expect(termsOf('what does CiN mean?')).toContain('glossary');
    expect(termsOf('does PEP stand for personal education plan?')).toContain('glossary');
    expect(termsOf('what does it mean for us?')).not.toContain('glossary');
    // Several acronyms named, then asked about together.
    expect(termsOf('CAMHS and Cafcass came up - what do they stand for?')).toContain('glossary');
  });

  it('reads "the first principle" as clause (a) and "the last principle" as clause (g)', () => {
    expect(termsOf('does the first principle cover mental health')).toContain('clausea');
    expect(termsOf('what does the 3rd corporate parenting principle say')).toContain('clausec');
    expect(termsOf('is the last principle about leaving care')).toContain('clauseg');
    expect(normaliseText('the first principle (a)')).toBe('the first principle clausea');
    // "The first one", once principles are named; not otherwise.
    expect(termsOf('how many principles are there and what does the first one say')).toContain('clausea');
    expect(normaliseText('the first one to arrive')).toBe('the first one to arrive');
  });

  it('reads a subsection as one more word beside its section', () => {
    expect(termsOf('what does s22(4) require')).toContain('section22sub4');
    expect(termsOf('what does s22(4) require')).toEqual(termsOf('what does section 22(4) require'));
    expect(termsOf('what does s22 require')).not.toContain('section22sub4');
  });

  it('hears turning down as refusing, stable as stability, Link Champions and reporting back as one idea each, and leaves out "exactly"', () => {
    expect(termsOf('can a child turn down an independent visitor')).toEqual(termsOf('can a child refuse an independent visitor'));
    expect(termsOf('keeping school placements stable')).toEqual(termsOf('keeping school placements stability'));
    expect(termsOf('who are the Link Champions')).toContain(conceptToken('link-champions'));
    expect(termsOf('how do we report back to the young people')).toContain(conceptToken('you-said-we-did'));
    expect(termsOf('what exactly does principle (f) say')).toEqual(termsOf('what does principle (f) say'));
  });

  it('hears a judgement and being judged as one word, and "tends to" as how a question is put', () => {
    expect(termsOf('what ILACS judges')).toEqual(termsOf('ILACS judgements'));
    expect(termsOf('which placement tends to cost most')).toEqual(termsOf('which placement cost most'));
  });

  it("hears children looked after by another council, a visit without staff present and a child's own review", () => {
    expect(termsOf('children looked after by neighbouring councils')).toContain(conceptToken('another-councils-child'));
    expect(termsOf('can I talk to them without staff present')).toContain(conceptToken('in-private'));
    expect(termsOf('she wants to run her own review')).toContain(conceptToken('child-led-review'));
    expect(termsOf('social worker turnover and agency staff')).toContain(conceptToken('workforce'));
    expect(termsOf('the manager stayed in the room')).toContain(conceptToken('in-private'));
    expect(termsOf('can my report say what to fix and by when')).toContain(conceptToken('recommendations'));
    expect(termsOf('something both the council and each of us carry')).toContain(conceptToken('collective-and-personal'));
    expect(termsOf('they both want to carry on living together')).toContain(conceptToken('staying-put'));
    expect(termsOf('a real parent would have noticed')).toContain(conceptToken('little-things'));
    expect(termsOf('what it does to her rights as a mum')).toContain(conceptToken('parental-responsibility'));
  });

  it("hears the LGA's levels as the tiers, and what corporate parenting actually is as the definition", () => {
    expect(termsOf('in the LGA slides which level do officers fall into')).toContain(conceptToken('tiers'));
    expect(normaliseText("explain what 'corporate parenting' actually is")).toContain(definitionMarker);
    expect(normaliseText('explaining corporate parenting to new members - how would you sum it up?')).toContain(definitionMarker);
    expect(normaliseText("a colleague says I'm still a 'corporate parent' - how does the LGA define that?")).toContain(definitionMarker);
    expect(normaliseText("In a nutshell, how does the LGA describe being a 'corporate parent'?")).toContain(definitionMarker);
  });

  it('leaves out who keeps saying something and where the answer will be used', () => {
    expect(normaliseText('our chief exec keeps saying we care')).toBe('they say we care');
    expect(normaliseText('our CPB chair keeps telling officers to be ambitious')).toBe('they say to be ambitious');
    expect(normaliseText('our DCS keeps telling the board we need to')).toBe('they say we need to');
    // A document that keeps saying something is still what the question is about.
    expect(normaliseText('the VSH report keeps saying DTs')).toBe('the vsh report keeps saying dts');
    expect(termsOf("what is the board's role according to the LGA peer support slides")).toEqual(termsOf("what is the board's role"));
    expect(termsOf('a short piece for our group newsletter about pledges')).toEqual(termsOf('a short piece about pledges'));
    expect(termsOf('I want to cite it in a scrutiny report')).toEqual(termsOf('I want to cite it'));
  });

  it('hears Facebook as social media and an asylum seeker who arrived alone as unaccompanied', () => {
    expect(termsOf('can I post on my councillor facebook page')).toContain(conceptToken('social-media'));
    expect(termsOf('a 16-year-old boy turned up alone at the asylum hotel')).toContain(conceptToken('uasc'));
  });

  it('hears independent visits to a children\'s home as Regulation 44, and an independent visitor as befriending one child', () => {
    expect(termsOf("the monthly independent visits to its children's homes")).toContain(conceptToken('reg44'));
    expect(termsOf("the monthly independent visits to its children's homes")).not.toContain(conceptToken('independent-visitor'));
    expect(termsOf('can a child in care have an independent visitor')).toContain(conceptToken('independent-visitor'));
  });

  it('leaves out the words that frame a question ("which principle deals with", "what does it require")', () => {
    expect(termsOf('what does the principle on aspirations require')).toEqual(termsOf('principle on aspirations'));
    expect(termsOf('the different ways a child deals with it')).toEqual(termsOf('a child it'));
    expect(termsOf('is training required')).toContain(stemWord('required'));
  });

  it('hears a named Act as the law', () => {
    expect(termsOf('section 18 of the Children Act 2004')).toContain(conceptToken('legislation'));
    expect(termsOf('what does the law say')).toContain(conceptToken('legislation'));
  });

  it('hears "priciest" and "expensive" as the cost of something, and "costs us the most" as asking which is most expensive', () => {
    expect(termsOf('most expensive placements')).toEqual(expect.arrayContaining(termsOf('priciest placements')));
    expect(termsOf('priciest placements')).toContain(conceptToken('resources'));
    expect(termsOf('which placement costs us the most')).toEqual(expect.arrayContaining([conceptToken('resources'), conceptToken('most-expensive')]));
  });
});

describe('spelling correction', () => {
  const correct = createSpellingCorrector(new Map([['virtual', 3], ['regulation', 5], ['covenant', 2], ['principles', 9]]));

  it.each([
    ['virtul', 'virtual'],
    ['regualtion', 'regulation'],
    ['covenent', 'covenant'],
    ['principels', 'principles'],
  ])('%s → %s', (typo, word) => {
    expect(correct(typo)).toBe(word);
  });

  it('leaves unknown words that are not one edit from a known word alone', () => {
    expect(correct('weather')).toBe('weather');
  });

  it('leaves everyday English words alone even one edit from a word the articles use', () => {
    const withEnglish = createSpellingCorrector(new Map([['tiered', 2], ['sits', 3], ['virtual', 3]]), (word) => loadEverydayWords().has(word));
    expect(withEnglish('tired')).toBe('tired');
    expect(withEnglish('suits')).toBe('suits');
    expect(withEnglish('virtul')).toBe('virtual');
  });

  it('counts one insertion, deletion, substitution or adjacent swap as one edit', () => {
    expect(withinOneEdit('publc', 'public')).toBe(true);
    expect(withinOneEdit('ab', 'ba')).toBe(true);
    expect(withinOneEdit('drivers', 'diverse')).toBe(false);
  });
});
