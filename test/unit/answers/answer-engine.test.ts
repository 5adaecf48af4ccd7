import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/features/answers/article.js';
import { loadArticles } from '../../../src/features/answers/article-loader.js';
import {
  createAnswerEngine,
  defaultMinConfidence,
  maxQuestionLength,
  type AnswerResult,
} from '../../../src/features/answers/answer-engine.js';
import { createAnswerIndex } from '../../../src/features/answers/answer-index.js';
import { askParts, splitAsk, withoutGreetingAndSignOff } from '../../../src/features/answers/question-parts.js';
import { conceptToken, termsOf } from '../../../src/features/answers/vocabulary.js';

const engine = createAnswerEngine(loadArticles());

function answered(result: AnswerResult): Extract<AnswerResult, { kind: 'answered' }> {
  if (result.kind !== 'answered') throw new Error(`expected an answer, got a decline (${result.reason}): ${result.text}`);
  return result;
}

const sevenPrinciples = [
  'to act in the best interests, and promote the physical and mental health and well-being, of those children and young people',
  'to encourage those children and young people to express their views, wishes and feelings',
  'to take into account the views, wishes and feelings of those children and young people',
  'to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners',
  'to promote high aspirations, and seek to secure the best outcomes, for those children and young people',
  'for those children and young people to be safe, and for stability in their home lives, relationships and education or work',
  'to prepare those children and young people for adulthood and independent living',
];
const flatten = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ');

describe('answering a question about the seven principles', () => {
  it('returns the principles article with all seven statutory principles, its sources and related topics', () => {
    const result = answered(engine.answer('What are the seven corporate parenting principles?'));
    expect(result.article.id).toMatch(/principles/);
    const text = flatten(result.text);
    for (const principle of sevenPrinciples) expect(text).toContain(principle);
    expect(result.confidence).toBeGreaterThanOrEqual(defaultMinConfidence);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.sources.length).toBeGreaterThan(0);
    expect(result.followUps.length).toBeGreaterThanOrEqual(2);
    expect(result.followUps.length).toBeLessThanOrEqual(3);
    expect(result.followUps.map((f) => f.id)).not.toContain(result.article.id);
  });
});

describe('acronyms and short questions find their topic', () => {
  it.each([
    ['reg 44?', /reg(ulation )?44|independent person/i, /reg44/],
    ["what's a PEP", /personal education plan/i, /pep/],
    ['IRO role', /independent reviewing officer/i, /iro/],
    ['VSH stands for?', /virtual school head/i, /virtual-school|glossary/],
    ['UASC?', /unaccompanied asylum/i, /uasc|glossary/],
    ['how long between reviews for a child in care', /six months/i, /looked-after-reviews/],
    ['how often must reg 44 visits take place', /once a month/i, /reg44/],
    ['which law says we need a DCS?', /Children Act 2004/, /dcs/],
    ['IVs - where are they in law?', /independent visitor/i, /visitors/],
    ['pls explain lvl 2 trng', /targeted/i, /tiers|training-levels/],
    // The reviews article, which the chairing wins, also says what else the IRO must do.
    ['Besides chairing meetings, what is an IRO for?', /monitor how the council/i, /iro/],
  ])('%s', (question, expectedText, expectedId) => {
    const result = answered(engine.answer(question));
    expect(result.text).toMatch(expectedText);
    expect(result.article.id).toMatch(expectedId);
  });
});

describe('misspelt questions are still answered', () => {
  it.each([
    ['What is a virtul school head?', /virtual school head/i],
    ['regualtion 44 visit vs an informal councillor visit', /informal/i],
    ['whats the defintion of child sexual exploitation?', /imbalance of power/i],
  ])('%s', (question, expectedText) => {
    expect(answered(engine.answer(question)).text).toMatch(expectedText);
  });
});

describe('however it is put, a question finds the article that answers it', () => {
  const byArticle: Record<string, readonly string[]> = {
    // What the bot can do, and changing one's roles in it.
    'bot-what-can-you-do': [
      "I've come off the fostering panel and joined scrutiny. How do I update what you think my roles are?",
      'How would I update which committees you have me down for?',
      "Which panels do you think I'm on, and how do I fix that?",
      "I've swapped from the adoption panel to the CPB. How do I update that with you?",
      'what sort of stuff can you help with?',
      'What sort of questions can you answer for me?',
      "I've changed committees. Can I update the roles you hold on record?",
      'what can you do?',
      'hi, what can u do',
      'what can you actually do?',
      'how do I update which roles I have on here? I have joined the adoption panel',
      "I've just joined the fostering panel, how do I update my roles?",
      "I've moved from the scrutiny panel to the fostering panel - how do I update my roles with you?",
      'how do I change my role',
      "Democratic services added you to my Teams but I've no idea what you're for. What can you help me with?",
      "I've just joined the CPB - how do I update my roles so you give me the right info?",
      "I'm on the adoption panel now, not scrutiny. Can I change what you know about me?",
      "I've switched from the adoption panel to scrutiny - how do I update that in here?",
      "I've switched to the adoption panel - how do I update that so you know?",
    ],
    'def-corporate-parenting': [
      'corp parent - one line?',
      "Just back from induction where an officer told me I'm now a 'corporate parent'. A resident asked me what that means - how do I explain it in a sentence or two?",
      'corporate parenting - what does it actually mean, in one line?',
      // Spelt right, "definiton" asks for the definition.
      'before the 2017 act was there any legal definiton of a corporate parent, or did people just make it up?',
      // The everyday side of corporate parenting, not the big strategies.
      'Someone at our board said being a corporate parent is about the small stuff, not just big strategies. What sort of small stuff?',
      // "Care about" is found as a phrase, not through the word "care" that nearly every article uses.
      "Our leader keeps saying good corporate parents care 'about' children, not just 'for' them. Where does that line come from?",
      // After a quoted phrase, "where's that from?" asks about the phrase, not about the bot's sources.
      "I heard the phrase 'cared about, not just cared for' at training - where is that from?",
      'Does corporate parenting include the little things too, or is it all strategy and boards?',
      'I keep hearing we should care ABOUT children in care, not just FOR them. Where does that come from?',
      'Someone at group said a corporate parent has to feel something for the children, not just look after them. Is that a recognised way of putting it?',
      'Is good corporate parenting about more than just looking after children?',
      "new cllr here - what does 'corporate parenting' actually mean in normal words?",
      "in a nutshell what does corporate parenting actually mean, and is it only the children's services dept's job?",
      "new cllr here - in a sentence or two what does being a 'corporate parent' actually mean?",
      "someone said we should care about our kids in care and not just care for them - what's meant by that?",
      'I need a one-line description of corporate parenting for my ward newsletter - what is it basically?',
      'corporate parenting = what exactly? one line pls',
      'What does the LGA say being a corporate parent means?',
      'Does it count as corporate parenting to do the little things an ordinary parent would?',
      'Which three key roles did the 2013 DfE description give officers and members?',
      'I want to tell new members what corporate parenting actually is. How would you sum it up?',
      "How did Rutland's scrutiny report define corporate parenting?",
      // The definition asked of the scene: only the whole question shows it.
      "I was elected in May and at every group meeting, committee and training session since, officers keep calling us all 'corporate parents'. In a sentence, what does that actually mean?",
    ],
    'scrutiny-vs-corporate-parenting-board': ['big S vs little s?? what does that mean', "We are rewriting our board's terms of reference - what should they say about scrutiny?"],
    'def-looked-after-child': [
      // Accommodated with the parent's agreement, described rather than named.
      "A 15 year old's mum has asked social care to take him in for a while because she can't cope - there's no court order. Is he 'looked after'?",
      'care order = council gets PR? and till what age',
      "Which section of the Children Act 1989 defines looked after? I'm citing it in a scrutiny report",
      // A parent agreeing to foster care is section 20 accommodation, however it is put.
      "Come on - if a dad agrees to his kid going into foster care for a bit, that isn't really being in care, is it?",
      // What a care order does to a parent's rights is parental responsibility, shared with the council.
      'A parent at my surgery asked what a care order does to her rights as a mum. What should I tell her?',
    ],
    'bot-where-answers-come-from': [
      'Before I quote you in a committee report, how can I check where your information comes from?',
      'how do i know where u got that from',
      'where did you get that from?',
      "where's that from?",
      // Said loosely, as a member would.
      'where do you get this stuff from',
      "how do I know you're not just making this up? do you cite anything?",
      'is this from official guidance or are u making it up?',
      'do you just make this stuff up or is it from proper documents?',
    ],
    // A comment on the last answer, good or bad.
    'bot-feedback-report-wrong-answer': [
      // What happens to a question the bot cannot answer: officers review it.
      "What happens to my question if you can't answer it?",
      'What happens to a question you are unable to answer?',
      'I want to tell someone what I think of this assistant. How do I send comments?',
      "that answer wasn't much use - how do I let you know?",
      'that last answer was rubbish - where do i tell someone',
      'The answer you just gave me was really useful - is there a way I can rate it?',
      'that was a really useful answer - can I tell someone?',
      'That was really useful - is there a way to let whoever runs this bot know?',
      'can i rate ur answers somewhere',
      'That answer missed something. Can I tell whoever maintains you that it needs fixing?',
      // An ask about the bot, after a scene that names other topics.
      'Your answer yesterday on staying put was spot on but the one about the virtual school head was out of date. Is there a way to tell whoever looks after you?',
      'the answer you gave me about PEPs was out of date - who do I tell?',
      "I've got a suggestion to make this bot better, where do I send it?",
      "I'd like to give my views on this pilot - is there an evaluation form?",
      "I've got an idea for a topic you should cover - how do I pass that on?",
    ],
    'bot-briefing-subscribe-unsubscribe': [
      'Annoying, I missed the last one. Can I get the briefings sent to me again?',
      'getting the weekly briefing from this and my inbox is overflowing, how do i stop it coming',
      'no more of the weekly briefing emails thanks',
      'Can I come off the briefing list? My inbox is overflowing at the moment.',"I'm getting too many of your round-up emails, can I stop them?"],
    'board-improving-effectiveness': ["I'm chairing the CPB self-assessment. What did Ofsted find boards were doing in councils where services were good or better?"],
    'council-rutland-2014-report-and-risks': ["What did Rutland's 2014 report recommend the council do?"],
    'glossary-children-and-care': ["what's an SGO? a ward councillor asked me about one", "What's a CAO?"],
    // Whether a child in need is in care is a question about the terms, which that article sets side by side.
    'def-children-in-care-terminology': [
      "what's a CiN - is that the same as a looked after child?",
      "A headteacher asked why some council papers say 'children in care' and others 'looked after children'. Is there a real difference I can explain?",
    ],
    // Not being asked for one's opinion is the principle on children's views, wishes and feelings.
    'principles-in-practice': ['A care leaver complained to me that nobody ever asks for their opinion. Which of the principles should I point them to?'],
    'board-rutland-model': ['what annual reports should our board get from the adoption and fostering services?'],
    'education-virtual-school-head': ["A resident asked me why it's called a 'virtual' school when there's no building and no pupils on roll. How do I explain it?"],
    'ofsted-ilacs': [
      'Is ILACS just the full inspection, or are there other bits to it?',
      "The chief exec said Ofsted doesn't just turn up every few years any more, there's contact in between. What's that about?",
      'whats a JTAI? the lead member said we might get one',"The Ofsted letter mentions a JTAI - what's that?", 'Our DCS said we might get a JTAI this year. What is that?'],
    'principles-seven': [
      'Is stability actually written into the law, or is it just a panel buzzword?',
      'Is the last principle about preparing for adulthood?',
      'is there anything in law about our ambitions for children in care?',
      "quick one - how many CP principles are there and what's the first?",
      'How many principles are there, and what does the second one say?',
      'Which principle deals with the health of children in care?',
      'We run budgeting and tenancy workshops for care leavers. Which principle does that serve?',
      'Which law sets out the corporate parenting principles, and how many are there?',
    ],
    // Naming the LGA as the source does not make the LGA the subject.
    'board-role-and-purpose': [
      'a new member on our panel asked what a corporate parenting board is actually for',
      'What is a corporate parenting board for, according to the LGA?',
      'What things must the board do?',
      // A resident's question passed on is about the board, not about what residents may be told.
      'A resident asked me to explain what our corporate parenting board actually does. What should I say?',
    ],
    // "Must" and "know" are stop words, but the LGA's Must Know guide is a thing.
    'def-care-leavers': ["The social worker called her a 'relevant child'. What does that make her?"],
    'scope-whole-council': ["Does corporate parenting reach departments outside children's services, like housing and leisure?"],
    'role-ward-councillor': [
      "Met borough councillor here, not on any children's committee. Who am I supposed to be supporting as a corporate parent?",
      "I'm not on any children's committee. What does the LGA Must Know say I should do about safeguarding?",
      // Its list of what a ward councillor does starts with every decision: housing, leisure, council tax, jobs, transport.
      'As a backbencher, do I need to think about children in care when deciding on housing or leisure?',
      'as a ward cllr what should i know about the looked after children round here',
      // "My patch" is the ward.
      'What should I know about the children in care in my patch?',
    ],
    // "Supposed to" asks what a role involves; it says nothing about which role.
    'role-lead-member': ['Our lead member thinks the role is mostly ceremonial. What is the job actually supposed to involve?'],
    'training-attendance-rotherham-2016': ["How many of Rotherham's level 1 attendees were newly elected?", 'How would anyone know who has skipped the training?'],
    'pledge-promise': ['Have children in care ever written their own pledge?'],
    'uasc-unaccompanied-asylum-seeking-children': [
      'The news tonight was about teenagers arriving on small boats with no family at all. If some end up with us, are we their corporate parent?',
      "A teenager with no family in this country has been referred to children's services. Does he become looked after?",
      'A young refugee arrived on her own last month - is she looked after by us?',
      // Opting out of a scheme is not unsubscribing from the briefing.
      'When did the national transfer scheme start, and can a council opt out of it?',
    ],
    'law-timeline': [
      'What did the Children and Families Act 2014 bring in for children in care?',
      'Why do officers call 2018 a big year for corporate parenting?',
      // Which Act brought two duties in is the timeline's, not either duty's own article.
      'which act brought in the virtual school head duty and staying put, i keep mixing them up',
    ],
    'visitors-independent-visitors': [
      'Can a young person say no to having an independent visitor?',
      // Passed on without "me": "a foster carer at my surgery asked what…".
      'A foster carer at my surgery asked what an independent visitor is and when the council has to appoint one. What should I say?',
      "I'm writing a recruitment appeal for independent visitors in my newsletter - what does the role involve?",
    ],
    'def-origin-of-corporate-parenting': ["I was told the idea of councillors as 'corporate parents' was invented by the 2017 Act. Is that right or is it older?"],
    'tiers-levels-of-responsibility': ["in the LGA's version of the levels, are ordinary council officers corporate parents too or is it just us members?"],
    'education-pep-designated-teacher': ['A head teacher asked me who in each school is meant to be responsible for children in care', 'Does every school need a named teacher for children in care?', "A head teacher in my ward told me she isn't sure who in her school is meant to lead on pupils in care. She said the deputy 'sort of' does it. What does the law require schools to have?", 'A Year 9 in care is changing school mid-year after moving placement. Who in the new school should be looking out for them?'],
    'ten-questions-guide': [
      "We've found a printed copy of the '10 questions' guide in the scrutiny office. When was it last revised?",
      'Which of the 10 questions is about foster care?',
      'Our panel is worried about staff turnover. Does one of the 10 questions cover staffing?',
      "Which of the ten questions deal with foster care and children's homes?",
      'Is the 10 questions guide worth using for a task and finish group, or is it too old now?',
    ],
    'reg44-visits': ['On a Reg 44 visit can the visitor talk to the young people without the manager in the room?'],
    'principles-who-and-age': ['Are children placed in our borough by another local authority covered by our corporate parenting duties?'],
    'voice-participation-reviews-bradford': ['Can a teenager run their own review meeting?'],
    // A bare "what does that stand for?" asks about the acronym the scene named, not the scene.
    'glossary-education-health-inspection': ['At the last board meeting officers told us a JTAI is expected next year. What does that stand for?'],
    'glossary-councils-and-organisations': ['Our director mentioned the CfPS when she briefed the group yesterday. What does that stand for?'],
    'checklist-member-actions': [
      "Are the checklists in the 2003 councillors' guide still worth using?",
      // However the member remembers the 2003 guide, and however much else they say.
      'someone gave me a copy of a councillors guide from 2003 with checklists at the back. is that ancient history or still worth using? seems a bit old to me. has anyone said whether it holds up?',
      "is the old 2003 LGIU guide with all the questions and checklists still worth using? i found a copy in the members room behind the kettle. it feels ancient. did anyone official say it's still ok to use?",
    ],
    'confidentiality-individual-children': ['Can I pass on to residents what I hear at the corporate parenting panel?'],
    'leavers-local-offer': [
      "what does 'participation in society' mean for care leavers?",
      "ive been reading our care leavers local offer on the website (took ages to find it, buried under 'other services' of all places) and it looks really thin compared to the next county's, what areas is a local offer actually supposed to cover",
    ],
    // A two-tier area is a kind of council, not one of the NCB's tiers of responsibility.
    'partners-duty-to-cooperate': ["My motion calls on partners to do more for care leavers - who counts as a 'relevant partner'?", 'In a two-tier area, is the district council a relevant partner?', "The local probation service told our board they have no obligation to work with the council on children in care because they're not part of the council. Is that right?", "The health rep hasn't come to our board for months and the police rarely send anyone. An officer told me partners only come along as a courtesy and we can't insist. Do they have any actual legal duty?"],
    'scope-which-councils': [
      'Which types of council do the principles cover?',
      // One council's report answers a question that does not name that council only when nothing general does.
      'A child from a London borough has been placed with foster carers in our area. Do the corporate parenting principles apply to our council too?',
      "I'm a district councillor. A colleague said corporate parenting is purely a county matter as we don't run children's services. Is that right?",
    ],
    'reg33-visits': [
      // "Reg 33s" are the visits, plural.
      "Some of our longer-serving members talk about doing 'Reg 33s' years ago. Which regulations were those under?",
    ],
    'health-looked-after-children': [
      'What questions should I ask at the corporate parenting panel about the health of looked after children?',
      'How often should a child in care have a health check-up?',
      // "Under 5s" are children under 5.
      'health review how often for under 5s',
    ],
    'council-rotherham-2013-placements-fostering-adoption': [
      // Dictated, with a filler word.
      'um which type of placement tends to cost the council the most',
      "Our number of foster carers keeps falling and the cabinet member assumes carers leave because they're unhappy with us. I remember Rotherham looked at why carers left in 2013. I'd like evidence to challenge that. What did they find?",
      'The finance officer said one type of placement always costs us the most. Which?',
      'What did Rotherham say in 2013 about the cost of emergency placements?',
    ],
    'council-rutland-2014-board-and-strategy': ['Did Rutland plan any support for the young person from SUSO joining the board?'],
    'ten-questions-rotherham-2013': ["When Rotherham's scrutiny looked at corporate parenting in 2013, what did members say about placements and sharing information?"],
    'evaluation-rotherham-2016-comments': [
      // "Apart from" sets something aside; it is not what the question is about.
      'What did members find most useful about the training, apart from the coffee?',
      'What did councillors find most useful in the Rotherham training? Planning ours for next year.',"was there anything people still didn't get after the induction?", 'What was done when people asked for printouts and references after the induction?'],
    'iro-independent-reviewing-officers': ["What are the IRO's main legal duties?"],
    'evaluation-rotherham-2016-results': ['How did Rotherham follow up its training feedback?'],
    'evaluation-measuring-training-impact': ['is there a standard way to judge whether training actually changed what councillors do, not just if they liked it?'],
    'resources-lga-support-and-peer-programme': [
      "My group leader wants me on a short LGA course on scrutiny and children's services. Is there one?",
      // Courses away from the council, however they are described.
      'are there any LGA courses for councillors on childrens services, the kind where you go away for a couple of days and meet people from other councils? my group wants to send a couple of us this year.',
      "Our member development officer has a small budget for external training this year and has asked me to suggest something for Corporate Parenting Board members. At the LGA peer session, the facilitator listed several courses and resources for councillors. One was a course that offered learning and networking opportunities on specific themes, including scrutiny and children's services. I would like to recommend it, but I want to be sure of its name and how long it lasts before I put it in writing. Several of our board members work full time, so the length of the course matters a great deal. The member development panel meets next week to allocate the budget. I want to give it accurate information. What is the LGA course for councillors that the facilitator described, and how long does it last?",
    ],
    'board-membership-and-meetings': ["How many times a year should our board meet? The councils I've looked at all seem to do it differently."],
    'resources-guides-for-councillors': [
      'Where can I find data comparing our children in care figures and outcomes with other councils?',
      'Which three things does the NCB think effective corporate parenting rests on?',
    ],
    'leavers-staying-put': ['when should staying putt first be talked about with a young person?', "A 16-year-old in foster care is scared she'll have to leave her carers on her 18th birthday. When should that first be raised?"],
    'voice-hearing-children': [
      "I've had complaints that decisions about children in care get made without anyone asking the children. An officer told me asking them is good practice but not a legal requirement. Is that right?",
      'A foster carer rang me upset because a 13-year-old in her care is being moved to a new placement and nobody talked to the girl first. Leaving the particular case aside, what does the law say about hearing the child before decisions like that?',
    ],
  };
  it.each(Object.entries(byArticle).flatMap(([articleId, questions]) => questions.map((question) => [question, articleId])))('%s → %s', (question, articleId) => {
    expect(answered(engine.answer(question)).article.id).toBe(articleId);
  });
});

describe('the IRO article answers whether a team manager can be the IRO', () => {
  it('says an IRO is not involved in the care plan or managing the case, so not the team manager', () => {
    const result = answered(engine.answer("Could the social worker's team manager be the IRO for that child?"));
    expect(result.article.id).toBe('iro-independent-reviewing-officers');
    expect(result.text).toMatch(/not involved in preparing the child's care plan or managing the case/);
    expect(result.text).toMatch(/team manager/);
  });
});

describe('answers quote the words that matter', () => {
  it.each([
    ["Is hearing children's views a legal duty for the council?", /"to take into account the views, wishes and feelings of those children and young people"/],
    ['Should our CPB terms of reference mention scrutiny?', /how this is different from scrutiny/],
    ['Our children in care council say nobody reports back to them. Is there a recognised way of doing that?', /you said, we did/],
    ["Who was Bradford's corporate parenting checklist meant to go to once the panel agreed it?", /elected members, officers and partners/],
    ["What does the LGA mean by 'big S' and 'small s' scrutiny?", /challenging and improving performance – small s/],
    ["What's the council run by children in care called in Rotherham's minutes?", /Looked After Children Council/],
    ['Should a ward councillor be speaking up about corporate parenting online, or keep quiet?', /Be vocal in your role as a corporate parent, including on social media/],
    ["Rotherham's Level 3 is only the Lead Member - does the DCS not count as specialist?", /Directors of Children's Services \(DCS\)/],
    // The seed's name for the group, as a member would search for it.
    ["Who organises Telford and Wrekin's children's panel?", /Children in Care Council and the Care Leavers Forum/],
    ["I'm a district councillor. A colleague said corporate parenting is purely a county matter as we don't run children's services. Is that right?", /every councillor on them/],
    ['Our board is all council people. Which partners should we invite to sit on it?', /the police/],
    ['I found problems on my first Reg 44 visit. Can I tell the home what to fix in my report?', /recommend actions, with timescales/],
    ['Is children\'s scrutiny only for children in care, like our board?', /all children/],
    ['Does sending a birthday card to a child in care count as corporate parenting?', /"small things"/],
    ['Someone said we can opt out of the National Transfer Scheme for unaccompanied children. Can we?', /\*\*directed\*\* to comply/],
    ["Is 'looked after' defined in the Children Act 1989 or the 2017 Act?", /Children Act 1989's definition, section 22\(1\)/],
  ])('%s', (question, expectedText) => {
    expect(answered(engine.answer(question)).text).toMatch(expectedText);
  });
});

describe('training reminders', () => {
  it('says reminders come before sessions the member is invited to, and not for meetings', () => {
    const { text } = answered(engine.answer('Will the bot remind me before a training session?'));
    expect(text).toContain('unless you declined');
    expect(text).toContain('does not remind you about board, panel or committee **meetings**');
  });
});

describe('a question comparing two things', () => {
  it('is answered from both articles, the second under its title, with the sources of both', () => {
    const result = answered(engine.answer("Who chaired the corporate parenting body in Rutland's 2014 proposal compared with Rotherham's group in 2013?"));
    expect(result.article.id).toBe('council-rutland-2014-board-and-strategy');
    expect(result.compared?.id).toBe('ten-questions-rotherham-2013');
    expect(result.text).toContain('Portfolio Holder');
    expect(result.text).toContain(`**For comparison: ${result.compared?.title}**`);
    expect(result.text).toContain('Councillor Lakin');
    expect(result.sources.map((source) => source.title)).toEqual([...result.article.sources, ...(result.compared?.sources ?? [])].map((source) => source.title));
    expect(result.followUps.map((link) => link.id)).not.toContain('ten-questions-rotherham-2013');
  });

  it.each([
    // Not a comparison.
    'What are the seven corporate parenting principles?',
    // Benchmarking against councils in general names no second thing.
    'Where can I get data comparing our looked after children figures with other councils?',
    // One article already covers both.
    'What is the difference between scrutiny and the corporate parenting board?',
  ])('adds nothing when nothing is compared or one article covers it: %s', (question) => {
    expect(answered(engine.answer(question)).compared).toBeUndefined();
  });
});

describe("one council's report", () => {
  // The index weighs a council-<name>-… article down unless the question names <name>, so the name must be a concept.
  it.each(loadArticles().filter((article) => article.id.startsWith('council-')).map((article) => [article.id, article.id.split('-')[1] ?? '']))(
    '%s is named by a concept the vocabulary hears (%s)',
    (_id, council) => {
      expect(termsOf(council)).toContain(conceptToken(council));
    },
  );
});

describe('a council example in a role article says who did what', () => {
  it("names who supported Rotherham's Lead Member", () => {
    const result = answered(engine.answer("How was Rotherham's lead member helped to get up to speed on corporate parenting?"));
    expect(result.text).toMatch(/Commissioner for Children's Social Care/);
    expect(result.text).toMatch(/peer mentor/);
  });
});

describe('asking which principle covers something is answered by the principles', () => {
  it.each([
    ['Which of the corporate parenting principles concerns the transition to adulthood?', /adulthood and independent living/],
    ['We are reviewing home to school transport. Which corporate parenting principle covers keeping children in care settled at the same school?', /stability/],
  ])('%s', (question, expectedText) => {
    const result = answered(engine.answer(question));
    expect(result.article.id).toMatch(/^principles-(seven|in-practice)$/);
    expect(result.text).toMatch(expectedText);
  });
});

describe('a question with a scene before it or an aside after it is answered on what it asks', () => {
  it('splits a message typed in one breath where its question starts, after a long lead-in', () => {
    expect(splitAsk('we had terrible turnout at our last training session for panel members only three came and the rest were at the planning committee so how many members attended rotherhams june 2016 level 2 session')).toEqual({
      scene: 'we had terrible turnout at our last training session for panel members only three came and the rest were at the planning committee so',
      ask: 'how many members attended rotherhams june 2016 level 2 session',
      scenePlace: 'before',
    });
    expect(splitAsk('our democratic services officer is updating the member handbook along with the code of conduct section and wants to know which guidance to read')).toMatchObject({
      ask: 'wants to know which guidance to read',
    });
    // A short lead-in is not a scene.
    expect(splitAsk('is it so what do I do')).toEqual({ scene: '', ask: 'is it so what do I do', scenePlace: 'none' });
    // With no punctuation at all, the first question word after a long lead-in starts the question.
    expect(splitAsk('heard the phrase link champion councillors at the regional network meeting and I was half listening because I was drafting a response to a planning objection what are link champions in corporate parenting')).toMatchObject({
      ask: 'what are link champions in corporate parenting',
      scenePlace: 'before',
    });
    // Not in a punctuated sentence, nor in one that opens with its question.
    expect(splitAsk('Best way to get from Leeds to Edinburgh by train, and roughly how long does it take?')).toMatchObject({ scenePlace: 'none' });
    expect(splitAsk('how many turned up to rotherhams level 2 session in june 2016 and what was decided as a result of that')).toMatchObject({ scenePlace: 'none' });
  });

  it('splits the ask (from the first sentence that asks to the last) from the sentences around it', () => {
    expect(splitAsk('At board the VSH mentioned a late PEP. It got me wondering. How quickly should a PEP be done? And who checks?')).toEqual({
      scene: 'At board the VSH mentioned a late PEP. It got me wondering.',
      ask: 'How quickly should a PEP be done? And who checks?',
      scenePlace: 'before',
    });
    expect(splitAsk('The pledge was agreed last year. Tell me who monitors it')).toEqual({ scene: 'The pledge was agreed last year.', ask: 'Tell me who monitors it', scenePlace: 'before' });
    expect(splitAsk('What is a PEP?')).toEqual({ scene: '', ask: 'What is a PEP?', scenePlace: 'none' });
    expect(askParts("The VSH mentioned PEPs. Who writes one? I'm at the leisure centre later.").upToTheAsk).toBe('The VSH mentioned PEPs. Who writes one?');
    // A remark between two asks is not asked.
    expect(askParts('What changed in 2014? That was the waste contract row. Was it about who visits?').asking).toBe('What changed in 2014? Was it about who visits?');
    expect(splitAsk("How often should a board meet? The examples I've seen seem really different.")).toEqual({
      scene: "The examples I've seen seem really different.",
      ask: 'How often should a board meet?',
      scenePlace: 'after',
    });
    // A dash before a bare "what's that?" sets the scene it refers back to; other dashes do not.
    expect(splitAsk("the agenda mentions a JTAI - what's that?")).toEqual({ scene: 'the agenda mentions a JTAI', ask: "what's that?", scenePlace: 'before' });
    expect(splitAsk('How often - and where - should the board meet?').scenePlace).toBe('none');
    // A question typed without its question mark is still part of the ask.
    expect(splitAsk('Can a 14 year old work? what are the permit rules')).toEqual({ scene: '', ask: 'Can a 14 year old work? what are the permit rules', scenePlace: 'none' });
  });

  it.each([
    [
      "Clearing out my predecessor's files I found a protocol for member visits to children's homes referring to 'Regulation 33 of the Children's Homes Regulations'. Before I bin it I'd like to understand the history. Which regulations was Regulation 33 from, and when did they start applying?",
      'reg33-visits',
    ],
    [
      'Our IROs are line-managed within children\'s social care and a member asked whether they can really be independent. What are the requirements for who can be an IRO?',
      'iro-independent-reviewing-officers',
    ],
    [
      'The early help report talks about CiN figures and the CPB report about CiC figures, and a colleague added them together in a speech. Is a CiN the same as a CiC?',
      'def-children-in-care-terminology',
    ],
    // The scene's corporate-parenting concept keeps its weight: the ask refers back to it.
    [
      "We launched our pledge with a big event two years ago and I don't think anyone has looked at it since. According to the LGA, whose job is it to keep it alive, and what should they be doing with it?",
      'pledge-promise',
    ],
    // An ask for one acronym stands alone after a scene, however few its words.
    ['Our scorecard has one line for CiN and another for CiC, and cabinet thought they were the same. What is CiN?', 'def-children-in-care-terminology'],
    // "What's that?" asks about the scene's acronym, however short the scene.
    ["the care plan mentions a CAO - what's that?", 'glossary-children-and-care'],
    // "What does it mean?" of a quoted acronym is a glossary question.
    ["A foster carer wrote 'PLAC' in an email to me - what does it mean?", 'glossary-children-and-care'],
    // An acronym the member asks the meaning of is the subject, wherever the ask is and whatever else the message says.
    ['sorry another acronym I am in the library and the papers say CAO what is that please', 'glossary-children-and-care'],
    ['what does cao stand for in childrens social care papers, kept popping up in the agenda pack i read over breakfast', 'glossary-children-and-care'],
    ['at the hospital waiting for my dad (long wait in A and E) someone in my last meeting kept saying CAMHS what does it stand for', 'glossary-education-health-inspection'],
    // Where the answer will be used is not what it is about.
    ['Preparing a briefing note. Which young people are covered by the corporate parenting principles?', 'principles-who-and-age'],
    // An aside weighs less than a scene before the ask: it says why the member asks, not what about.
    ['What is the main role of a corporate parenting board? We are redrafting our terms of reference.', 'board-role-and-purpose'],
    // Small talk around the ask, in words no article uses, counts for less.
    [
      "Someone at group suggested we base a member checklist on the old 2003 LGIU guide, but another member said it's far too dated to bother with. I'd like to settle this before our next meeting. Has anyone official judged whether the questions and checklists in that guide are still useful? Ta.",
      'checklist-member-actions',
    ],
  ])('%s', (question, articleId) => {
    expect(answered(engine.answer(question)).article.id).toBe(articleId);
  });
});

describe("an email's greeting and sign-off", () => {
  it('are taken off the question, and nothing else is', () => {
    expect(withoutGreetingAndSignOff('Dear colleagues,\n\nWhat are the legal routes into care?\n\nMany thanks,\nJanet')).toBe('What are the legal routes into care?');
    expect(withoutGreetingAndSignOff("Hi all, what's a CAO? Regards, Cllr Hughes-Jones")).toBe("what's a CAO?");
    expect(withoutGreetingAndSignOff('what is the role of the Lead Member? cheers Dave')).toBe('what is the role of the Lead Member?');
    // Not a sign-off: a name asked about, thanks without a name, a name in the question, a greeting that is the whole message.
    for (const kept of ['Is there any news on Tyler', 'What is a Reg 44 visitor allowed to do? thanks in advance', 'What did Cllr Smith say at board?', 'hi - the Patel twins, 14, in care', 'morning! hope you are well', 'hello']) {
      expect(withoutGreetingAndSignOff(kept)).toBe(kept);
    }
  });

  it("do not make the member's own name a child's", () => {
    expect(answered(engine.answer('Hi all, can a child in care say no to having an independent visitor? Thanks, Cllr Hughes-Jones')).article.id).toBe('visitors-independent-visitors');
    expect(answered(engine.answer("Dear colleagues, what's a CAO? Regards, Cllr Ball")).article.id).toBe('glossary-children-and-care');
  });

  it("still decline a child's name in the question itself", () => {
    expect(engine.answer('Dear all, is Tyler from Oak Lodge still in care? Thanks, Cllr Ball')).toMatchObject({ kind: 'declined', reason: 'identifiable-child' });
  });
});

describe('role guidance', () => {
  const withGuidance = loadArticles().find((article) => article.roleGuidance?.scrutiny);

  it('comes first, under its heading, for a member with that role', () => {
    if (!withGuidance) throw new Error('no article has scrutiny guidance');
    const guidance = withGuidance.roleGuidance?.scrutiny ?? '';
    const result = answered(engine.answer(withGuidance.title, { roles: ['scrutiny'] }));
    expect(result.article.id).toBe(withGuidance.id);
    expect(result.text.startsWith(`**For scrutiny members:** ${guidance.trim()}`)).toBe(true);
    expect(result.text.endsWith(withGuidance.body)).toBe(true);
  });

  it('is left out for a member without that role', () => {
    if (!withGuidance) throw new Error('no article has scrutiny guidance');
    const result = answered(engine.answer(withGuidance.title));
    expect(result.text).toBe(withGuidance.body);
  });
});

describe('questions without an answer', () => {
  it('declines nonsense plainly, stores it for officers and suggests the closest topics', () => {
    const result = engine.answer('flibbertigibbet wombat quasar marmalade');
    expect(result.kind).toBe('declined');
    if (result.kind !== 'declined') return;
    expect(result.reason).toBe('no-match');
    expect(result.storeQuestion).toBe(true);
    expect(result.confidence).toBeLessThan(defaultMinConfidence);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.text).toMatch(/don't have an answer/);
    expect(result.text).toMatch(/passed your question to officers/);
  });

  it('does not keep an unanswerable question that may name someone for review, and says so', () => {
    const result = engine.answer('How does Quentin get on with his crochet?');
    expect(result).toMatchObject({ kind: 'declined', reason: 'no-match', storeQuestion: false });
    expect(result.text).toMatch(/not\*\* stored/);
    expect(engine.answer('what is the best crochet pattern for beginners?')).toMatchObject({ kind: 'declined', storeQuestion: true });
  });

  it('never stores a question about an identifiable child, and says so', () => {
    const result = engine.answer("What's happening with Jayden M., 14, who lives at Oakfield children's home?");
    expect(result).toMatchObject({ kind: 'declined', reason: 'identifiable-child', storeQuestion: false });
    expect(result.text).toMatch(/social worker/);
    expect(result.text).toMatch(/not\*\* stored/);
  });

  it('points out-of-scope questions elsewhere without storing them', () => {
    const result = engine.answer('When are the bins collected?');
    expect(result).toMatchObject({ kind: 'declined', reason: 'out-of-scope', storeQuestion: false });
    expect(result.text).toMatch(/waste/);
  });

  it('answers small talk with what the bot does', () => {
    const result = engine.answer('hello, how are you?');
    expect(result).toMatchObject({ kind: 'declined', reason: 'small-talk', storeQuestion: false });
    expect(result.text).toMatch(/corporate parenting/);
  });

  it.each(['Are you ChatGPT? What model are you running on?', 'Can we play 20 questions?', 'are you a real person or a robot', 'Do you have feelings?', 'what are you up to this weekend?', 'Can we just chat for a bit? My meeting has not started', 'Tell me something interesting', 'whats ur name and who made u'])(
    'treats talk about the bot itself as small talk: %s',
    (question) => {
      expect(engine.answer(question)).toMatchObject({ kind: 'declined', reason: 'small-talk', storeQuestion: false });
    },
  );

  it('answers a question about a corporate-parenting concept even when it is put chattily', () => {
    expect(answered(engine.answer('are you happy to tell me what a reg 44 visit is?')).article.id).toMatch(/reg44/);
  });

  it('treats only a blank question as empty', () => {
    expect(engine.answer('  ')).toMatchObject({ kind: 'declined', reason: 'empty', storeQuestion: false });
  });

  // The engine's own limit, as `npm run ask` and the evaluation use it. Through the bot, MAX_QUESTION_CHARS (1,000 by
  // default) asks for anything longer to be shortened first; the protocol test shows a long account just within it.
  it('answers a long account on the question at its end, past the search limit and however much the account says', () => {
    const jtai = "At our corporate parenting board on Monday, the director of children's services mentioned in her verbal update that the council had recently had a 'JTAI', that inspectors from several different organisations had been on site for a week looking at how agencies worked together, and that the findings letter would be published shortly and reported to the board at its next meeting. Several members looked blank, and one whispered to me asking whether it was the same as an Ofsted inspection. The director moved straight on to the next item without explaining, and I didn't want to interrupt. Afterwards, in the car park, two other members admitted they had no idea what it was either, and one said she had assumed it was something to do with youth justice. Before the findings arrive I'd like to know what the acronym stands for so that we can read the letter with some understanding of what kind of inspection it was, and so that I can add it to the board's glossary, which I've offered to update. What does JTAI stand for?";
    expect(jtai.length).toBeGreaterThan(maxQuestionLength);
    expect(answered(engine.answer(jtai)).text).toMatch(/joint targeted area inspection/i);
    const evaluation = "I attended the corporate parenting training session for councillors in the council chamber this afternoon, which was run by an officer from the children in care service and covered our statutory duties, the corporate parenting principles and what questions we should be asking at committee. It was very good, and at the end the trainer said that, instead of filling in a paper form as we used to, members should give their feedback on the session through this bot, and that the answers would go to the member development panel to help plan future sessions and to the corporate parenting panel in due course. She said it would ask whether our objectives were achieved, how relevant the session was to our role, and how satisfied we were overall, as well as what we had learned and what we'd do differently. Unfortunately she ran out of time to show us how it works, and several of us left the chamber unsure what to do. I'd like to complete it while the session is fresh in my mind. How do I fill in the evaluation for today's training session through this bot?";
    expect(answered(engine.answer(evaluation)).article.id).toBe('bot-evaluations-how-to');
  });

  it('still answers a question longer than the search limit', () => {
    const long = `What are the seven corporate parenting principles? ${'Please explain in detail. '.repeat(80)}`;
    expect(long.length).toBeGreaterThan(maxQuestionLength);
    expect(answered(engine.answer(long)).article.id).toMatch(/principles/);
  });
});

describe('the engine over a small catalogue', () => {
  const article = (id: string, title: string, body: string): Article => ({
    id,
    title,
    questions: [title],
    tags: ['test'],
    synonyms: [],
    roles: ['all'],
    sources: [{ title: 'Test source' }],
    reviewed: '2026-11-23',
    body,
  });
  const small = createAnswerEngine([
    article('staying-put', 'Staying put with former foster carers', 'Staying put lets a care leaver stay with foster carers to 21.'),
    article('pep', 'Personal education plans', 'A PEP is the education part of a care plan.'),
  ]);

  it('exposes the articles and finds one by id', () => {
    expect(small.articles.map((a) => a.id)).toEqual(['staying-put', 'pep']);
    expect(small.byId('pep')?.title).toBe('Personal education plans');
    expect(small.byId('missing')).toBeUndefined();
  });

  it('never makes a phrase from the end of one tag and the start of the next', () => {
    const other = article('pep', 'Personal education plans', 'A PEP is the education part of a care plan.');
    const tagged = { ...article('visits', 'Visiting homes', 'Councillors may visit homes.'), tags: ['independent', 'visitor parking'] };
    const named = { ...tagged, tags: ['independent visitor'] };
    const hitOn = (visits: Article) => createAnswerIndex([visits, other]).search('independent visitor').hits.find((hit) => hit.id === 'visits');
    expect(hitOn(tagged)?.anchored).toBe(false);
    expect(hitOn(named)?.anchored).toBe(true);
  });

  it('respects a stricter minimum confidence', () => {
    const strict = createAnswerEngine(small.articles, { minConfidence: 1.01 });
    expect(strict.answer('staying put').kind).toBe('declined');
    expect(small.answer('staying put').kind).toBe('answered');
  });
});
