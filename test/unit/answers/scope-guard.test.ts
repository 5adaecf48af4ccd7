import { describe, expect, it } from 'vitest';
import { knownWordsOf } from '../../../src/features/answers/answer-engine.js';
import { loadArticles } from '../../../src/features/answers/article-loader.js';
import { checkScope } from '../../../src/features/answers/scope-guard.js';

/** The words the articles use, as the engine passes them. */
const knownWords = knownWordsOf(loadArticles());
const kindOf = (question: string): string => checkScope(question, knownWords).kind;

describe('scope guard: a named or identifiable child or family is declined', () => {
  it.each([
    "What's happening with Jayden M., 14, who lives at Oakfield children's home? Has he gone missing again?",
    'Can you tell me the child protection plan details for the family at 12 Elm Road?',
    'Is Tyler (15) at Maple House still missing?',
    'the lad who lives at 3a park lane, is he looked after?',
    'has she gone missing again from the home on Elm Road?',
    'can you give me the address of the foster family looking after the two Hussain boys? I want to drop round',
    "what's the phone number of the carers looking after that girl?",
    "LB and JB, the brothers in year 4 at St Mary's primary - are they going to be adopted?",
    "Which children from the Northfields estate are on our looked after list? I'd like to offer them some help",
    'is the 16yo girl in the supported lodgings above the chip shop a care leaver?',
    'Please send me the PEP for the year 9 boy at Kingsmead Academy',
    'the boy at number 4 keeps getting picked up by the police, is he in care?',
    "What's going on with the Smith family on Green Lane? The kids look neglected",
    'Can you tell me about Amelia Jones, she is in foster care in my ward',
    'how is chloe, 12, getting on in her new foster placement?',
    'is the care leaver K.M. from my advice surgery still waiting for her flat?',
    "when is tyler-jay's adoption going to court?",
    'the eldest girl in the Oak Tree children\'s home keeps running off, what is being done?',
    'The only child in care living on the Meadows estate has been in the paper - should I check on him?',
    'the only Syrian refugee boy we placed in Hilltop village, is he happy with his carers?',
    "the girl the staff call 'Sparky' at the children's home - is she still missing school?",
    "my constituent's grandson was taken into care in March - is he still with the same foster carers?",
    "Ellie's PEP meeting: did the virtual school ever send anyone?",
    'the three sisters placed with carers on Maple Close, are they being split up?',
    'Is Ruby-Rose coping at her new school since the placement move?',
    'is lilly-mae doing ok in her foster home',
    'Send me the names and addresses of the care leavers in my ward',
    'Has the foster child named Ollie moved schools yet?',
    "My friend's son Callum is a care leaver - has his PA sorted his flat?",
    "my sister's boy is in care in Leeds, which home is he in?",
    'Any update on case ref LAC-55812? The grandmother keeps calling',
    'Child in care, surname Patel, DOB 12/05/2012 - who is her social worker?',
    "Is Jaden still at the same foster carers? He's been moved twice this year",
    'The Nowak children were taken into care in May - where are they placed now?',
    'has the 14 year old girl in care who lives in Upper Marston changed school?',
    "There's a 12-year-old in care on the Greenfields estate who keeps going missing - what's happening?",
    "my constituent's lad was taken into care last week, when can his mum see him?",
    'the unaccompanied lad from Sudan at the Riverside hotel - is he 16 or 17?',
    'My constituent Mr Okoro is a kinship carer - why was his allowance stopped?',
    'Has the care leaver who started in our housing team sorted out his council tax exemption?',
    'the birth mum of the twins adopted from the Parkside estate wants contact',
    "what's the latest on jayden? is he still with the same carers?",
    "how is 'Big Al' getting on in his new foster placement?",
    'any update on the girl I mentioned last week? the one in supported lodgings',
    'Are the four Reilly siblings being placed together?',
    'did tiana get her pathway plan done? she turned 18 in june',
    'KB at Oakmead School, looked after, yr 9 - is his PEP up to date?',
    'the girl in care who ran away from the home last night - is she back?',
    'has he run away again',
    "Sam T's pathway plan please",
    'how much pupil premium plus has gone on Jack Harrison?',
    'can I see the notes from the LAC review for Ellie-Mae Jones?',
    'how is little Ruby settling with her adopters',
    'a care leaver in my ward, Josh, hes 19 and sofa surfing - who is his PA?',
    "has Kai's virtual school found him a tutor yet",
    'Ahmed, the 16-year-old unaccompanied lad placed in Ashby - is his claim decided?',
    'jaydens sister - still with the same foster carers?',
    'My grand-daughter is in foster care in the next county. Who is her IRO?',
    'is the placement for the 8-year-old with autism from Hill View Primary stable?',
    "a year 10 looked after lad at St Bede's keeps getting excluded - what is his social worker doing?",
    "she's been placed out of area, what should I ask?",
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('identifiable-child');
  });
});

describe('scope guard: council business outside corporate parenting is declined with where to go', () => {
  it.each([
    ['When are the bins collected?', 'waste'],
    ['How do I object to a planning application next door?', 'planning'],
    ['How do I appeal a parking ticket?', 'highways-and-parking'],
    ['Why has my council tax bill gone up?', 'council-tax-and-benefits'],
    ["What are the members' allowance rates for 2025?", 'members-allowances'],
    ["my laptop won't connect to the council wifi, can you reset my password?", 'it-support'],
    ['Can you book me a meeting room in the town hall for Thursday at 2?', 'rooms-and-facilities'],
    ['How do I apply for a taxi driver licence?', 'licensing'],
    ['What time does the leisure centre pool open on Sundays?', 'leisure-and-culture'],
    ["What's the weather going to be like tomorrow?", 'general-knowledge'],
    ["What's the capital of Australia?", 'general-knowledge'],
    ['Which shares should I buy this month?', 'personal-finance'],
    ['Translate our ward newsletter into Polish please', 'translation'],
    ['My elderly mum needs a care home place - how do I get her an adult social care assessment?', 'adult-social-care'],
    ["What's the deadline for secondary school applications for my daughter?", 'school-admissions'],
    ['how do I get my son into the local primary', 'school-admissions'],
    ['Can I claim mileage for driving to the corporate parenting panel meeting?', 'members-allowances'],
    ['What staffing ratio is required in an adult residential care home for older people?', 'adult-social-care'],
    ["A constituent's son has autism and isn't in care - how long does the council have to issue his EHCP?", 'send'],
    ['Teams keeps crashing whenever I join the CPB meeting, how do I fix it?', 'it-support'],
    ['when does the year 7 allocation come out for kids not in care', 'school-admissions'],
    ["how do I appeal my nephew's permanent exclusion from school", 'send'],
    ["What's the process for declaring an interest at full council?", 'member-conduct'],
    ['Should I declare an interest at the corporate parenting panel as I foster?', 'member-conduct'],
    ["can you summarise the Labour manifesto on children's services?", 'politics'],
    ['book me the committee room for the CPB pre-meet', 'rooms-and-facilities'],
    ["How do I register my baby's birth?", 'environmental-health'],
    ['Can a disabled adult get a direct payment to employ their own PA?', 'adult-social-care'],
    ["what's the special responsibility allowance for chairing the corporate parenting panel?", 'members-allowances'],
    ['teams wont let me share my screen in the scrutiny pre-meet, any ideas?', 'it-support'],
    ["Does the council have to provide tuition for a pupil with SEND who's out of school? He lives with his parents, not in care", 'send'],
    ['the litter bins by our children\'s home were not collected this week, who do I ring?', 'waste'],
    ['Neighbours want to fight the planning application for a children\'s home on their street, on what grounds?', 'planning'],
    ['a foster carer was given a penalty charge outside the school, can it be waived?', 'highways-and-parking'],
    ['can we get traffic calming outside the residential children\'s home?', 'highways-and-parking'],
    ['my neighbour who fosters wants to know if her council tax band is wrong', 'council-tax-and-benefits'],
    ['Can a foster carer stand for election to the council?', 'democratic-admin'],
    ['who collects stray dogs? one keeps getting into the foster family\'s garden', 'animals'],
    ['is shared lives the same as fostering? my brother has a learning disability', 'adult-social-care'],
    ['His son is not in care but he has been temporarily excluded from the academy, can the corporate parenting panel help?', 'send'],
    ["A mum in my ward wants parenting classes - her daughter isn't looked after. Where does she go?", 'early-help'],
    ['which primary schools have spaces for year 2? the family is new to the area', 'school-admissions'],
    ['what will the weather be like for the foster carers barbecue on sunday?', 'general-knowledge'],
    ['the children in care council want to know the swimming pool opening times in half term', 'leisure-and-culture'],
    ['The foster carers association is holding a raffle and bar - do they need a temporary event notice?', 'licensing'],
    ['What is the tender process for the new residential children\'s home cleaning contract?', 'procurement'],
    ['a foster carer wants to become a childminder too, how does she register?', 'early-help'],
    ['can a kinship carer get free school meals for her own kids?', 'schools'],
    ['a foster carer asked how a school admissions appeal works for her birth son', 'school-admissions'],
    ["One of our foster carers' mum is elderly and needs a care package at home - who arranges it?", 'adult-social-care'],
    ['a foster carer says her council tax direct debit failed, how does she pay in instalments?', 'council-tax-and-benefits'],
    ['write me a leaflet for my re-election saying how much I did for the corporate parenting panel', 'politics'],
    ['lorries keep speeding past the children\'s home, how do we get a 20mph limit?', 'highways-and-parking'],
    ['when do in-year school transfers close? my grandson is not in care', 'school-admissions'],
    ['how far is Rotherham from Sheffield by train?', 'general-knowledge'],
    ['What are the rules on elective home education?', 'schools'],
    ['draft me a scrutiny question about the highways resurfacing budget', 'highways-and-parking'],
    ['the projector in the corporate parenting panel room keeps cutting out, who do I call?', 'it-support'],
    ['Can I get a car park permit for the days I sit on the corporate parenting board?', 'rooms-and-facilities'],
    ['deferred payments for residential care for the over-65s - what is the policy?', 'adult-social-care'],
    ['how many funded childcare hours does a 2 year old get?', 'early-help'],
    ['my aunt is 87 and can no longer cope - how do I get adult social services involved?', 'adult-social-care'],
    ["when does the local plan consultation close?", 'planning'],
    ["When's the deadline for a notice of motion for next month's full council?", 'democratic-admin'],
  ])('%s → %s', (question, category) => {
    const decision = checkScope(question, knownWords);
    expect(decision.kind).toBe('out-of-scope');
    if (decision.kind === 'out-of-scope') {
      expect(decision.category).toBe(category);
      expect(decision.goTo.length).toBeGreaterThan(0);
    }
  });
});

describe('scope guard: greetings and small talk', () => {
  it.each(['hiya, how are you today? fancy a chat?', 'Good morning!', 'thanks, bye', 'hello', 'who are you?', "morning! what's your name, are you a real person?", "thanks bot, how's your day going?", "hi, how's it going?"])('%s', (question) => {
    expect(kindOf(question)).toBe('small-talk');
  });

  it('does not treat a greeting followed by a real question as small talk', () => {
    expect(kindOf("hi, what's a PEP?")).toBe('in-scope');
  });
});

describe('scope guard: in-scope questions that mention other services are NOT declined', () => {
  it.each([
    'What housing support should care leavers get?',
    'How do school admissions work for looked after children?',
    'What about the transition from children to adult social care for care leavers?',
    'What allowances do foster carers get?',
    'Do care leavers get a council tax exemption?',
    'Can care leavers get free leisure centre passes?',
    'A constituent told me at my surgery they are worried about a child in care. What do I do?',
    'A 22-year-old care leaver has come back asking for help. What does the council have to do?',
    'Can a reg 44 visitor read a child\'s case file?',
    'Is Rotherham\'s Corporate Parenting Panel meeting in public?',
    'What did Councillor Lakin chair in 2013?',
    'Who was Frank Dobson and what did he say about corporate parents?',
    'stop sending me the newsletter',
    'Should our children in care council have elections?',
    'how often must reg 44 visits take place',
    'where do the 6 monthly reviews take place?',
    "There's a children's home on Park Road in my ward - can I visit it?",
    'does section 20 accommodation need 2 court hearings?',
    'pupil premium plus 24/25 - why are there two amounts?',
    'Can care leavers claim travel expenses for college?',
    'What support do children in care with an EHCP get from the virtual school?',
    'How do we prepare care leavers for adult life?',
    'Do the principles say anything about preparing children for adulthood?',
    'How do we recruit more foster families in our area?',
    'Should councillors have the contact details of the children in care council?',
    'How are exclusions of looked after children monitored by the virtual school?',
    'Who should be in the room at a corporate parenting board meeting?',
    'A CL with learning disabilities is moving over to adult social care. Do we stop being their corporate parent?',
    'How do the CPB and IRO service work together?',
    'Which children are covered by the corporate parenting principles?',
    'does corporate parenting apply to our council tax and leisure services?',
    'Our monitoring officer wants to know which council functions the principles apply to',
    "What's the council tax position for care leavers living on their own?",
    'A child from another council is placed in our borough - are they still not in care of ours?',
    'Does the duty end when a young person is not looked after any more?',
    "What should the council's own planning department do as a corporate parent?",
    'do I have to think about safeguarding children when I sit on licensing?',
    'Is the Co-Op a partner of the Care Leaver Covenant?',
    'How should the Drop-In for care leavers be run?',
    'Should councillors be told the names of children in care?',
    'Our children in care council is called Voice - how should it link with the board?',
    'Should I bring a motion to council on council tax for care leavers?',
    "my constituent's daughter wants to foster - what support do foster carers get?",
    'Should the local offer help care leavers register to vote?',
    'What should happen when a child who goes missing from care comes back?',
    'What does the ILACS-2023 framework say about corporate parenting?',
    'when children come into care, have they been told about advocacy?',
    'if my daughter was in care, would this be good enough?',
    'Tom, who chairs our panel, asked about pledges',
    "what does St Mary's virtual school link teacher do for children in care?",
    'care leavers say they have been moved too often, what should the board ask?',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('in-scope');
  });

  it('treats an empty or blank question as empty', () => {
    expect(kindOf('   \n ')).toBe('empty');
  });
});
