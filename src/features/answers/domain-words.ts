/**
 * The words of corporate parenting, as data: the concepts and the phrases that stand for them, the
 * words that mean the same thing, and the words that carry no meaning for retrieval. `vocabulary.ts`
 * turns text into terms with them.
 */

/** A concept: every phrase in `phrases` (normalised, any case) stands for the same thing. */
export type DomainConcept = { readonly concept: string; readonly phrases: readonly string[] };

/** "Looked after by another council", "placed here by a neighbouring authority": whose children the principles cover. */
const byAnotherCouncil = ['another', 'other', 'neighbouring', 'a neighbouring', 'different', 'a different'].flatMap((which) =>
  ['council', 'councils', 'local authority', 'local authorities', 'authority', 'authorities'].map((council) => `by ${which} ${council}`),
);

/** Asking which costs most: a cost, and a question of its own. */
const mostExpensive = ['most expensive', 'costs the most', 'cost the most', 'costs us the most', 'cost us the most', 'most costly', 'biggest cost', 'highest cost'];

export const domainConcepts: readonly DomainConcept[] = [
  { concept: 'looked-after', phrases: ['lac', 'cla', 'cic', 'looked after', 'children in care', 'child in care', 'in care', 'in our care', 'in council care', 'in the council care', 'into council care', 'into the council care', 'into local authority care', 'in public care', 'children looked after', 'child looked after', 'care experienced', 'care system', 'into care', 'taken into care', 'come into care', 'coming into care', 'entering care', 'enter care', 'care order', 'care orders', 'in the care of the council'] },
  { concept: 'care-leaver', phrases: ['care leaver', 'cl', 'leaving care', 'left care', 'leave care', 'former relevant', 'after care', 'aftercare', 'care experienced adult'] },
  // The leaving care categories ("an 'eligible child'"): narrower than care leavers in general.
  { concept: 'leaving-care-status', phrases: ['eligible child', 'eligible children', 'relevant child', 'relevant children'] },
  { concept: 'corporate-parent', phrases: ['corporate parent', 'corporate parenting', 'cp'] },
  { concept: 'principles', phrases: ['corporate parenting principles', 'the principles', 'principle', 'cpp', '7 principles', 'section 1', 'high aspirations', 'ambition for lac', 'ambitions for lac', 'ambition for children', 'ambitions for children', 'ambition for our children', 'ambitions for our children', 'best outcomes', 'best interests', 'independent living', 'high hopes', 'big hopes', 'aim high', 'aiming high'] },
  // Asking which principle covers something: the principles themselves answer, not an article that mentions them.
  { concept: 'which-principle', phrases: ['which principle', 'which principles', 'which of the principles', 'which corporate parenting principle', 'which corporate parenting principles', 'which of the corporate parenting principles', 'one of the corporate parenting principles', 'one of the principles', 'which of the 7 principles', 'which of the seven principles', 'do the principles say', 'do the corporate parenting principles say', 'does the principle say', 'principle most relevant', 'principles most relevant', 'a specific principle', 'is there a principle', 'is there a corporate parenting principle', 'any of the principles', 'which of the seven', 'principle is that going against', 'principle does that go against'] },
  { concept: 'board', phrases: ['cpb', 'cpp', 'corporate parenting board', 'corporate parenting panel', 'corporate parenting group', 'corporate parenting committee', 'parenting board', 'parenting panel', 'cp board', 'cp panel'] },
  { concept: 'scrutiny', phrases: ['scrutiny', 'overview and scrutiny', 'osc', 'o and s', 'scrutiny committee', 'scrutiny panel', 'select commission', 'scrutinising', 'scrutinise'] },
  { concept: 'iro', phrases: ['iro', 'independent reviewing officer', 'reviewing officer', 'looked after review', 'cla review', 'lac review', 'care review', 'statutory review', 'first review', 'second review', 'care plan review'] },
  { concept: 'another-councils-child', phrases: [...byAnotherCouncil, 'another council children', 'other council children', 'other councils children', 'placed in our area', 'placed in our borough', 'placed in our county', 'placed in our district'] },
  // Speaking to children or staff without others listening (a Reg 44 visitor may, with their consent).
  { concept: 'in-private', phrases: ['in private', 'privately', 'without staff', 'without the staff', 'without staff present', 'without the manager', 'without a manager', 'staff listening', 'out of earshot', 'stayed in the room', 'manager in the room', 'staff in the room', 'on my own with', 'alone with the children', 'alone with them', 'speak to children on their own', 'speak to the children on their own', 'speak to children and staff on my own', 'talk to children on their own', 'talk to the children on their own', 'talk to the young people on their own', 'speak to the young people on their own', 'talk to them on their own', 'speak to them on their own', 'see the children on their own', 'talk to children alone', 'speak to children alone'] },
  // Telling a home or a service what to do about what was found.
  { concept: 'recommendations', phrases: ['recommend', 'recommends', 'recommended', 'recommendation', 'recommendations', 'what it needs to do', 'what it should do', 'what the home should do', 'what the home needs to do', 'tell the home what', 'what to fix', 'what needs fixing', 'what it needs to fix', 'what they need to fix', 'what to put right', 'timescale', 'timescales', 'by when'] },
  { concept: 'workforce', phrases: ['workforce', 'social work workforce', 'social worker turnover', 'staff turnover', 'turnover of social workers', 'agency staff', 'agency social workers', 'agency workers', 'caseload', 'caseloads', 'staffing', 'social work vacancies', 'recruiting social workers', 'retaining social workers', 'recruitment and retention'] },
  { concept: 'you-said-we-did', phrases: ['you said we did', 'feeding back to', 'feed back to', 'feeds back to', 'reporting back to', 'report back to', 'reports back to', 'close the loop', 'closing the loop', 'close that loop', 'closes the loop', 'what happened next', 'hear what happened', 'hear back', 'never hear back'] },
  { concept: 'link-champions', phrases: ['link champion', 'link champions', 'link champion councillor', 'link champion councillors'] },
  // The LGA's two sides of corporate parenting: the council's collective duty and each member's own.
  { concept: 'collective-and-personal', phrases: ['collective', 'collectively', 'collective responsibility', 'personal responsibility', 'personally responsible', 'each of us', 'every one of us', 'as individuals', 'individually', 'both the council and'] },
  // A child running their own review is participation, not the IRO's review as such.
  { concept: 'child-led-review', phrases: ['own review', 'own reviews', 'child led review', 'child led reviews'] },
  { concept: 'independent-visitor', phrases: ['independent visitor', 'independent visiting', 'iv', 'ivs', 'befriender', 'befriending'] },
  { concept: 'pep', phrases: ['pep', 'personal education plan', 'education plan'] },
  { concept: 'virtual-school', phrases: ['vsh', 'virtual school', 'virtual school head', 'virtual head', 'virtual headteacher', 'virtual school headteacher'] },
  { concept: 'designated-teacher', phrases: ['designated teacher', 'dt', 'named teacher', 'named person for children in care', 'named person for looked after children', 'lead on pupils in care', 'lead on children in care', 'lead on looked after pupils', 'lead on looked after children', 'who in each school', 'who in every school', 'who in a school', 'who in the school', 'who in her school', 'who in his school', 'who in their school', 'who in the new school', 'who at the new school', 'who at school', 'who at the school', 'who at their school'] },
  { concept: 'pupil-premium', phrases: ['pupil premium plus', 'pupil premium', 'pp plus', 'ppg plus', 'lac premium', 'pupil premium grant'] },
  { concept: 'reg-44', phrases: ['reg 44', 'regulation 44', 'r44', 'independent person visit', 'independent person', 'monthly visit', 'monthly visits', 'monthly check', 'monthly checks'] },
  { concept: 'reg-33', phrases: ['reg 33', 'regulation 33', 'r33'] },
  { concept: 'childrens-home', phrases: ['children home', 'residential home', 'residential care', 'residential children home', 'care home for children', 'residential setting', 'children care home', 'kids care home', 'child care home'] },
  { concept: 'ofsted', phrases: ['ofsted', 'inspection', 'inspector', 'inspected', 'hmci', 'inspectorate', 'jtai', 'joint targeted area inspection'] },
  { concept: 'jtai', phrases: ['jtai', 'jtais', 'joint targeted area inspection', 'joint targeted area inspections', 'joint inspection', 'joint inspections'] },
  { concept: 'ilacs', phrases: ['ilacs', 'inspecting local authority children services', 'inspection of local authority children services', 'inspection framework', 'sif', 'single inspection framework', 'between inspections', 'in between inspections', 'inspection cycle', 'cycle of contact', 'contact in between'] },
  // Ofsted's "cared for, and cared about": the LGA's test of a good corporate parent.
  { concept: 'cared-about', phrases: ['cared about', 'care about', 'caring about', 'cares about', 'care for and about', 'cared for and about', 'caring for and about', 'not just care for', 'not just caring for', 'not merely care for', 'just look after', 'just looking after', 'feel something for', 'love them', 'love our children'] },
  { concept: 'parental-responsibility', phrases: ['parental responsibility', 'pr', 'share pr', 'shares pr', 'shared pr', 'rights as a mum', 'rights as a dad', 'rights as a parent', 'rights as parents', 'parents rights', 'parent rights', 'mums rights', 'no rights left', 'lost her rights', 'lost their rights', 'lose their rights', 'council owns them', 'owns them now', 'still have a say', 'still get a say', 'still has a say'] },
  // Big S and small s: the LGA's names for scrutiny's and the board's kinds of challenge.
  { concept: 'big-small-s', phrases: ['big s', 'small s', 'little s', 'capital s', 'lower case s', 'lowercase s'] },
  { concept: 'cao', phrases: ['cao', 'child arrangements order', 'child arrangements orders'] },
  { concept: 'sgo', phrases: ['sgo', 'special guardianship', 'special guardianship order', 'special guardian'] },
  { concept: 'uasc', phrases: ['uasc', 'unaccompanied asylum seeking', 'unaccompanied asylum seeking child', 'unaccompanied child', 'unaccompanied minor', 'asylum seeking child', 'asylum seeker', 'asylum seeking', 'refugee child', 'unaccompanied', 'asylum', 'arrived alone', 'turned up alone', 'arrived on their own', 'arrived on his own', 'arrived on her own', 'young refugee', 'teenage refugee', 'refugee teenager', 'no family here', 'no family in the uk', 'no family in this country', 'no parents in the uk', 'no parents in this country', 'small boat', 'small boats', 'crossed the channel', 'crossing the channel', 'channel crossing', 'channel crossings', 'arriving alone', 'arrive alone', 'no family at all', 'without any family', 'without their parents', 'without a parent'] },
  { concept: 'national-transfer-scheme', phrases: ['nts', 'national transfer scheme', 'transfer scheme'] },
  { concept: 'cicc', phrases: ['cicc', 'children in care council', 'child in care council', 'looked after children council', 'care council', 'children council', 'suso', 'council run by looked after children', 'council run by children in care', 'council run by young people', 'council run by the children', 'council of looked after children', 'council of children in care', 'council for looked after children', 'council for children in care'] },
  { concept: 'voice', phrases: ['voice of the child', 'views wishes and feelings', 'wishes and feelings', 'participation', 'young people views', 'children views', 'listen to children', 'listening to children', 'what they want', 'what children want', 'ask children', 'ask the child', 'ask a child', 'ask young people', 'listen', 'listening', 'listened', 'voices', 'children voice', 'child voice', 'young people voice', 'hear children', 'hear from children', 'hear young people', 'hear from young people', 'have their say', 'have a say', 'their say', 'what the child wants', 'what a child wants', 'what the young person wants', 'asking the child', 'without asking him', 'without asking her', 'without asking them', 'hear the child', 'hearing the child', 'hearing children', 'hear a child', 'talk to the child', 'talked to the child', 'talked to the girl', 'talked to the boy', 'nobody talked to', 'consult the child', 'consulted the child', 'consulting the child', 'asking the children', 'ask the children', 'asked the children', 'asking children', 'without asking the children', 'without asking the child', 'asking young people', 'ask the young person', 'asking the young person', 'their opinion', 'their opinions', 'for their opinion', 'their views'] },
  { concept: 'dcs', phrases: ['dcs', 'director of children services', 'director of children', 'director of people', 'children director'] },
  { concept: 'lead-member', phrases: ['lead member', 'lmcs', 'lm', 'lead member for children services', 'portfolio holder', 'cabinet member for children', 'cabinet member', 'lead councillor for children'] },
  { concept: 'cabinet', phrases: ['cabinet', 'executive member', 'executive councillor', 'the executive'] },
  { concept: 'ward-councillor', phrases: ['ward councillor', 'ward member', 'backbench', 'backbencher', 'backbench councillor', 'non executive', 'ward', 'my patch', 'our patch'] },
  { concept: 'lado', phrases: ['lado', 'local authority designated officer', 'designated officer'] },
  { concept: 'cse', phrases: ['cse', 'child sexual exploitation', 'sexual exploitation', 'exploitation', 'grooming', 'groomed'] },
  { concept: 'jay-report', phrases: ['jay report', 'jay inquiry', 'alexis jay', 'independent inquiry into child sexual exploitation in rotherham'] },
  { concept: 'casey-inspection', phrases: ['casey inspection', 'casey report', 'casey review', 'louise casey'] },
  { concept: 'personal-adviser', phrases: ['pa', 'personal adviser', 'pas', 'leaving care worker', 'leaving care adviser'] },
  { concept: 'pathway-plan', phrases: ['pathway plan', 'pathway planning'] },
  { concept: 'staying-put', phrases: ['staying put', 'stay put', 'staying putt', 'staying close', 'stay with foster carer', 'stay with their foster carer', 'stay on with foster carer', 'carry on living together', 'carry on living with', 'keep living with', 'continue living with', 'stay living with', 'stay with her foster carer', 'stay with his foster carer', 'leave her carers', 'leave his carers', 'leave their carers', 'leave her foster carers', 'leave his foster carers', 'leave their foster carers'] },
  { concept: 'local-offer', phrases: ['local offer', 'care leaver offer', 'offer for care leavers', 'care leavers offer', 'leaving care offer'] },
  { concept: 'covenant', phrases: ['covenant', 'care leaver covenant'] },
  { concept: 'cswa-2017', phrases: ['cswa', 'children and social work act', 'children and social work act 2017', '2017 act', 'social work act'] },
  { concept: 'children-act-1989', phrases: ['children act 1989', '1989 act', 'ca 1989', 'ca89'] },
  { concept: 'children-act-2004', phrases: ['children act 2004', '2004 act', 'ca 2004'] },
  { concept: 'children-and-families-act-2014', phrases: ['children and families act 2014', 'children and families act', 'cfa 2014', '2014 act'] },
  { concept: 'section-20', phrases: ['section 20', 'voluntary accommodation', 'voluntarily accommodated', 'accommodated', 'accommodation by the council', 'no court order', 'without a court order', 'no court involved', 'without going to court', 'voluntary arrangement', 'voluntary basis', 'agree voluntarily', 'agreed voluntarily', 'parents agree', 'parents agreed', 'parent agrees', 'mum agreed', 'mum agrees', 'dad agrees', 'dad agreed', 'mother agrees', 'father agrees', 'by agreement', 'parents agreement', 'parents consent', 'take him in', 'take her in', 'take them in'] },
  { concept: 'section-10', phrases: ['section 10', 'duty to cooperate', 'cooperate', 'cooperation', 'relevant partners', 'partner agencies', 'obligation to work with', 'duty to work with', 'have to work with the council', 'required to work with', 'obliged to work with', 'as a courtesy', 'out of courtesy', 'cant insist', 'can we insist', 'insist they come', 'insist they attend', 'partners to attend', 'partners attend', 'partners only come', 'partners to come', 'partners turn up', 'partners to turn up'] },
  // A named Act is the law: "which law says we need a DCS?" meets "section 18 of the Children Act 2004".
  { concept: 'legislation', phrases: ['law', 'children act 1989', 'children act 2004', 'children and social work act', 'children and social work act 2017', 'children and families act 2014', 'children and young persons act 2008', 'children leaving care act 2000', 'children wellbeing and schools act 2026', 'immigration act 2016'] },
  { concept: 'dfe', phrases: ['dfe', 'department for education', 'dcsf', 'dfes', 'department for children schools and families'] },
  { concept: 'lga', phrases: ['lga', 'local government association'] },
  { concept: 'cfps', phrases: ['cfps', 'cfgs', 'centre for public scrutiny', 'centre for governance and scrutiny'] },
  { concept: 'ncb', phrases: ['ncb', 'national children bureau'] },
  { concept: 'lgiu', phrases: ['lgiu', 'local government information unit'] },
  // Courses away from the council, such as the LGA's two-day Leadership Essentials.
  { concept: 'councillor-courses', phrases: ['leadership essentials', 'courses for councillors', 'course for councillors', 'lga courses', 'lga course', 'courses from the lga', 'course from the lga', 'courses does the lga run', 'face to face courses', 'face to face course', 'residential courses', 'residential course', 'two day courses', 'two day course', 'short courses', 'external courses', 'external training', 'course with other councillors', 'courses with other councillors'] },
  // The LGIU's 2003 guide for councillors, "If this were my child", however a member remembers it.
  { concept: 'councillors-guide-2003', phrases: ['2003 lgiu guide', '2003 guide', 'guide from 2003', '2003 councillors guide', 'councillors guide from 2003', 'old councillors guide', 'old lgiu guide', 'guide with checklists', 'guide with the checklists', 'guide with all the checklists'] },
  { concept: 'camhs', phrases: ['camhs', 'child and adolescent mental health', 'mental health'] },
  { concept: 'cafcass', phrases: ['cafcass', 'children and family court advisory and support service'] },
  { concept: 'sdq', phrases: ['sdq', 'strengths and difficulties questionnaire', 'strengths and difficulties'] },
  { concept: 'health-assessment', phrases: ['health assessment', 'initial health assessment', 'review health assessment', 'iha', 'rha', 'medical', 'health check', 'health checks', 'health check up', 'health check ups', 'health checkup', 'health checkups'] },
  { concept: 'child-in-need', phrases: ['cin', 'child in need', 'children in need'] },
  { concept: 'lscb', phrases: ['lscb', 'local safeguarding children board', 'safeguarding partnership', 'safeguarding board', 'safeguarding children partnership'] },
  { concept: 'previously-looked-after', phrases: ['previously looked after', 'previously in care'] },
  // The LGA's "Must Know" guides for councillors ("must" and "know" are otherwise stop words).
  { concept: 'must-know', phrases: ['must know', 'must knows', 'must know guide', 'must know guides'] },
  { concept: 'ten-questions', phrases: ['10 questions', '10 questions to ask', 'ten questions', '10 scrutiny questions', '10 key questions', '10 qs'] },
  // What any parent does, day to day: the everyday side of corporate parenting.
  { concept: 'little-things', phrases: ['little things', 'small things', 'small stuff', 'little stuff', 'everyday things', 'everyday stuff', 'small everyday', 'little everyday', 'ordinary mum or dad', 'normal mum or dad', 'ordinary parent', 'normal parent', 'mum or dad would', 'a parent would', 'any parent would', 'a real parent would'] },
  { concept: 'good-enough-test', phrases: ['good enough for my child', 'good enough for me', 'would this be good enough', 'if this were my child', 'if this was my child', 'if it were my child', 'my own child'] },
  { concept: 'fostering', phrases: ['foster', 'fostering', 'fosterer', 'fosterers', 'foster carer', 'foster parent', 'foster family', 'foster placement', 'foster care'] },
  { concept: 'adoption', phrases: ['adoption', 'adopt', 'adopter', 'adoption panel'] },
  { concept: 'placement', phrases: ['placement', 'placed', 'placement stability', 'placement move', 'out of area'] },
  { concept: 'pledge', phrases: ['pledge', 'promise', 'promises', 'charter'] },
  { concept: 'strategy', phrases: ['strategy', 'vision', 'strategic plan'] },
  { concept: 'checklist', phrases: ['checklist', 'check list', 'member actions', 'action list'] },
  { concept: 'training', phrases: ['training', 'induction', 'course', 'learning', 'elearning', 'workshop', 'development session', 'briefing session', 'module'] },
  { concept: 'evaluation', phrases: ['evaluation', 'evaluate', 'evaluation form', 'feedback form', 'evaluation sheet'] },
  { concept: 'bulletin', phrases: ['newsletter', 'bulletin', 'briefing', 'digest', 'email update', 'round up', 'roundup', 'round up emails', 'roundup emails'] },
  // What members said they still did not understand after a session.
  { concept: 'not-understood', phrases: ['not understood', 'still not understand', 'still not understood', 'did not understand', 'didnt understand', 'still didnt get', 'still dont get', 'still confused', 'still unclear', 'left unclear', 'over their heads'] },
  // Telling us an answer was wrong: about the bot, whatever topic the answer was on.
  { concept: 'social-media', phrases: ['social media', 'facebook', 'twitter', 'instagram', 'tiktok', 'snapchat', 'whatsapp group', 'posting online', 'post online'] },
  { concept: 'answer-source', phrases: ['where you got that', 'where did you get that', 'got that from', 'get that from', 'get your answers', 'your sources', 'your source', 'where your answers come from', 'wheres that from', 'where is that from', 'where was that from', 'making this up', 'you making it up', 'make this stuff up', 'make stuff up', 'make things up', 'making things up', 'do you cite', 'cite anything', 'your references', 'answer is based on', 'answers are based on', 'which document', 'what document', 'check the source', 'check your source', 'get this stuff from', 'get that stuff from', 'get this from', 'get all this from', 'get this info from', 'get this information from', 'get your stuff from', 'get your info from', 'does this stuff come from', 'does all this come from', 'where your information comes from', 'where your information come from', 'where your info comes from', 'where does your information come from', 'where do you get your information', 'where you get your information', 'your information from'] },
  { concept: 'bot-help', phrases: ['what can you do', 'what can you actually do', 'what exactly can you do', 'what else can you do', 'what do you do', 'what can this bot do', 'what can the bot do', 'what can i ask', 'what can i ask you', 'how do i use you', 'how does this bot work', 'what can you help with', 'what can you help me with', 'what can you help us with', 'what are you for', 'what you are for', 'what is this bot for', 'what is the bot for', 'what sort of questions can you', 'what kind of questions can you', 'what type of questions can you', 'what sort of questions can i ask', 'what kind of questions can i ask', 'what sort of things can you', 'what kind of things can you', 'what sort of stuff can you', 'what kind of stuff can you', 'what stuff can you', 'what things can you', 'how can you help', 'what can you actually help'] },
  { concept: 'bot-settings', phrases: ['update my roles', 'update my role', 'change my roles', 'change my role', 'set my roles', 'set my role', 'my settings', 'roles with you', 'my roles in the bot', 'update my details', 'update my profile', 'my profile', 'what you know about me', 'change my details', 'tell you my role', 'tell you my roles', 'update that in here', 'change that in here', 'update it in here', 'update this in here', 'update that so you', 'update this so you', 'roles you have', 'roles youve got', 'roles you hold', 'you have on record', 'youve got on record', 'you hold on record', 'on record for me', 'what you think my roles are', 'what you think my role is', 'got me down for', 'got me down as', 'have me down for', 'have me down as', 'had me down for', 'had me down as', 'you think im on', 'you think i am on', 'you think i sit on', 'you think i serve on', 'update that with you', 'update this with you', 'update it with you', 'change that with you', 'change it with you', 'update you on my', 'tell you ive moved', 'tell you i have moved', 'which roles i have on', 'roles i have on here', 'roles on here', 'role on here', 'update which roles', 'change which roles', 'update that in your', 'change that in your'] },
  { concept: 'answer-feedback', phrases: ['your answer', 'you cant answer', 'you can not answer', 'you cannot answer', 'unable to answer', 'not able to answer', 'you couldnt answer', 'you could not answer', 'bot cant answer', 'it cant answer', 'assistant cant answer', 'you dont know the answer', 'you dont have an answer', 'you have no answer', 'answer you gave', 'answer you just gave', 'you gave me', 'rate it', 'rate this', 'rate an answer', 'rate your answers', 'useful answer', 'helpful answer', 'good answer', 'great answer', 'whoever runs this', 'who runs this bot', 'whoever maintains you', 'who maintains you', 'needs fixing', 'that was really useful', 'that was useful', 'that was helpful', 'you told me', 'wrong answer', 'answer was wrong', 'answer is wrong', 'got that wrong', 'got it wrong', 'correction', 'send a correction', 'answer is out of date', 'answer was out of date', 'reply was out of date', 'was out of date', 'thats out of date', 'that is out of date', 'looked off', 'flag it', 'flag this', 'report it', 'report this answer', 'wrong info', 'wrong information', 'your reply', 'last reply', 'that reply', 'this reply', 'didnt answer my question', 'did not answer my question', 'let someone know', 'let you know', 'that answer', 'this answer', 'last answer', 'previous answer', 'answer wasnt', 'rubbish answer', 'useless answer', 'unhelpful answer', 'suggestion for the bot', 'suggestion to make this bot', 'make this bot better', 'make the bot better', 'improve this bot', 'improve the bot', 'whoever looks after you', 'who looks after you', 'whoever runs you', 'who runs you', 'what i think of this bot', 'what i think of the bot', 'what i think of you', 'comments on this bot', 'comments about this bot', 'comments on the bot', 'send comments', 'send a comment', 'leave comments', 'leave a comment'] },
  { concept: 'subscription', phrases: ['subscribe', 'unsubscribe', 'resubscribe', 'sent to me again', 'send them to me again', 'start getting', 'start receiving', 'getting them again', 'briefings back', 'briefing back', 'newsletter back', 'opt out of the briefing', 'opt out of the newsletter', 'opt out of emails', 'opt out of the emails', 'opt out of these', 'opt in to the briefing', 'stop sending', 'sign up', 'turn off', 'mute', 'mailing list', 'distribution list', 'take me off', 'remove me from', 'emails any more', 'emails anymore', 'no more emails', 'too many emails', 'stop getting', 'stop receiving', 'no more briefings', 'no more newsletters', 'no more of the briefing', 'no more of the briefings', 'no more of the newsletter', 'no more of the emails', 'no more of the weekly', 'no more of the fortnightly', 'stop it coming', 'stop them coming', 'stop these coming'] },
  { concept: 'confidentiality', phrases: ['confidential', 'confidentiality', 'privacy', 'data protection', 'gdpr', 'personal information', 'individual case', 'particular child', 'named child', 'names of', 'name of', 'identify', 'identifiable', 'which children are', 'which child', 'which children live', 'who lives there', 'why they are in care', 'particular placement', 'particular foster placement', 'where a child is placed', 'where children are placed'] },
  { concept: 'safeguarding-concern', phrases: ['safeguarding concern', 'worried about a child', 'worrying', 'concern about a child', 'report a concern', 'raise a concern', 'worried', 'bullied', 'bullying', 'abuse', 'abused', 'neglect', 'neglected', 'at risk', 'harm', 'being harmed', 'unsafe', 'who do i tell', 'who should i tell'] },
  // Which placement or service costs most ("always costs us the most"): the sources say which is "most expensive".
  { concept: 'most-expensive', phrases: mostExpensive },
  // A district council in a two-tier area, where the county runs children's services.
  { concept: 'two-tier', phrases: ['district council', 'district councils', 'district councillor', 'district councillors', 'two tier', 'shire district', 'shire districts', 'lower tier', 'county matter', 'county responsibility', 'county job', 'county issue', 'county thing'] },
  { concept: 'resources', phrases: [...mostExpensive, 'budget', 'budgets', 'money', 'afford', 'funding', 'resources', 'cost', 'costs', 'cuts', 'savings', 'financial pressure', 'budget pressures'] },
  { concept: 'expenses', phrases: ['expenses', 'out of pocket', 'travel costs', 'reimbursed', 'reimburse', 'paid back'] },
  { concept: 'mandatory', phrases: ['mandatory', 'compulsory', 'obligatory'] },
  { concept: 'neet', phrases: ['neet', 'eet', 'not in education employment or training', 'education employment and training', 'apprenticeship', 'apprenticeships'] },
  { concept: 'disability', phrases: ['learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', 'disability', 'disabilities', 'disabled'] },
  { concept: 'ehcp', phrases: ['ehcp', 'ehc plan', 'education health and care plan', 'sen', 'special educational needs'] },
  { concept: 'council-tax', phrases: ['council tax', 'council tax exemption', 'council tax discount'] },
  { concept: 'housing', phrases: ['housing', 'homeless', 'homelessness', 'accommodation for care leavers', 'tenancy', 'supported accommodation'] },
  { concept: 'wellbeing-areas', phrases: ['well being areas', 'wellbeing areas', '5 outcomes', 'every child matters', 'outcomes for children'] },
  { concept: 'bright-spots', phrases: ['bright spots', 'coram voice', 'coram'] },
  { concept: 'tiers', phrases: ['tier', 'tiers', 'universal', 'targeted', 'specialist', 'universal level', 'targeted level', 'specialist level', 'levels of responsibility', 'which level', 'what level', 'lga levels', 'levels of corporate parenting'] },
  { concept: 'unannounced', phrases: ['unannounced', 'without warning', 'without notice', 'surprise visit', 'unexpected visit', 'turn up', 'in advance', 'advance notice', 'announced visit', 'announced visits', 'visits announced', 'visit announced', 'announced or', 'without telling the home', 'without telling them', 'without telling anyone', 'without letting them know', 'prearranged', 'pre arranged', 'warn the home', 'warn them', 'warn staff', 'warn the staff', 'give notice', 'giving notice', 'advance warning', 'get warning', 'get any warning', 'get a warning', 'warning before', 'notice before', 'told beforehand', 'know in advance'] },
  { concept: 'benchmarking', phrases: ['lg inform', 'benchmark', 'benchmarking', 'compare with other councils', 'compare our data', 'compare our figures', 'data with other councils', 'figures with other councils', 'similar councils', 'statistical neighbours', 'comparator councils', 'outcomes with other councils', 'numbers with other councils', 'performance with other councils', 'against other councils', 'compared with other councils', 'compared to other councils', 'comparison with other councils', 'how we compare', 'how do we compare'] },
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
export const generalConcepts: ReadonlySet<string> = new Set([
  'cabinet', 'ward-councillor', 'placement', 'in-private', 'recommendations', 'workforce', 'strategy', 'checklist', 'training', 'evaluation',
  'bulletin', 'confidentiality', 'safeguarding-concern', 'resources', 'mandatory', 'neet', 'ehcp',
  'cao', 'council-tax', 'housing', 'wellbeing-areas', 'not-understood', 'legislation', 'unannounced', 'dfe', 'camhs', 'lga', 'cfps', 'lgiu', 'disability', 'social-media', 'expenses', 'most-expensive', 'two-tier',
]);

/** Whole words that mean the same thing: mapped before stemming, in documents and queries alike. */
export const wordEquivalents: Readonly<Record<string, string>> = {
  assistant: 'bot',
  ambitious: 'ambition',
  stable: 'stability',
  schooling: 'education',
  unstable: 'instability',
  aspirational: 'aspiration',
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
  judgement: 'judge',
  judgements: 'judge',
  judgment: 'judge',
  judgments: 'judge',
  definition: 'define',
  definitions: 'define',
  legislation: 'law',
  legal: 'law',
  legally: 'law',
  diff: 'difference',
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
  dr: 'doctor',
  drs: 'doctors',
  resp: 'responsibility',
  thru: 'through',
  abt: 'about',
  u: 'you',
  ur: 'your',
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

export const numberWords: Readonly<Record<string, string>> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19',
};

/** The tens, by their first digit ("forty four" is 44, "twenty" is 20). */
export const tensWords: Readonly<Record<string, string>> = { twenty: '2', thirty: '3', forty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9' };

/** Prefixes that are written with or without a hyphen ("co-operate", "e-learning", "well-being"). */
export const joinedPrefixes = ['co', 'e', 'well', 're', 'pre', 'non', 'sub', 'multi', 'cross', 'step', 'in'];

/** Words that carry no meaning for retrieval: function words and the way questions are asked. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing done down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'whats wheres whos hows im ive id youre dont doesnt isnt arent cant wont shouldnt ' +
    'weve youve theyve theyre theyll youll youd theyd itll thatll wouldve couldve shouldve didnt wouldnt couldnt hasnt havent hadnt wasnt werent thats theres heres ' +
    'tell know please thanks thank hi hello hey mean means meaning stand stands stood say says said explain explained ' +
    'get got go going come comes came want wanted need like also really actually exactly precisely bit anything something somewhere anywhere thing things sort sorts kind kinds tend tends tended ' +
    'vs versus us let lets ok okay yes yeah gonna quick question questions q way ways different various deal deals dealt require requires keep keeps point supposed apart besides ' +
    // What a dictated message says while the member thinks.
    'um umm erm er uh uhm hmm basically ' +
    // Where the asker read it, not what they ask about ("according to the LGA slides").
    'according slide slides deck powerpoint'
  ).split(' '),
);

/** After "how", these words ask for a time, a frequency or an amount ("how long", "how often"); the answer need not repeat them. */
export const howQuestionWords: ReadonlySet<string> = new Set(['long', 'often', 'soon', 'quickly', 'frequently', 'regularly']);
