/**
 * Council business outside corporate parenting, by kind, with where to go instead: the out-of-scope
 * half of the scope guard. Pure functions of normalised question text.
 */

export type OutOfScopeCategory = (typeof outOfScopeCategories)[number]['category'];

export const generalKnowledgeGoTo = 'a search engine';

/** Asking how far corporate parenting, its principles, duty or guidance reach ("does the guidance cover his service?"). */
const principlesReach =
  /\b(corporate parenting( (principles?|duty|duties|responsibilit(y|ies)|guidance))?|principles?)\b.{0,40}\b(apply|applies|applied|cover|covers|bite|bites|weigh(ed)?|relevant|have regard)\b|\b(apply|applying|application of|have regard to|having regard to|weigh(ing)?|consider(ing)?) (the )?(corporate parenting )?(principles|duty)\b/;

/** Words that name children in care, care leavers or the services and roles around them. */
const careWords =
  /\b(looked after|childrens? safeguarding|safeguarding children|(?<!\b(?:not|never|never been) )in (our |council |the council )?care\b(?! homes?\b)|care leavers?|leaving care|left care|care experienced|foster\w*|corporate parent(?!s? compan)\w*|principles? clause[a-g]|children homes?|into care|independent visitors?|ivs?|cpb|cpp|kinship|residential|lac|cla|cic|cicc|uasc|unaccompanied|national transfer scheme|duty to cooperate|promot(e|ing) cooperation|ilacs|asylum seeking (children|kids|young people|teenagers|minors)|(children|kids|young people|teenagers|minors) seeking asylum|virtual school|pep|personal advisers?|pathway plan|staying put|staying close|local offer|children and social work act|cswa|adopt\w*|special guardian\w*|sgo|iros?|reg 44|reg 33|care orders?|section 20|pupil premium|pp plus|childrens? placements?|jay (report|inquiry)|casey (inspection|report|review)|dcs|director of childrens? services|lead members?(?! (for|of) (?!childrens?\b))|universal (and |or )?targeted (and |or )?specialist|(lga )?must ?knows?( guides?)?)\b/;

/** Words, or a question about the principles' reach, that put a question inside corporate parenting even when it mentions another service. */
const careContext = (text: string): boolean => careWords.test(text) || principlesReach.test(text);

/** Does the text name corporate parenting (children in care, care leavers, the board, the principles...)? */
export const namesCorporateParenting = (normalisedText: string): boolean => careContext(normalisedText);

/** Does the text ask how far the corporate parenting principles, duty or guidance reach ("do they apply to licensing?")? */
export const asksHowFarThePrinciplesReach = (normalisedText: string): boolean => principlesReach.test(normalisedText);

/** The councillor's own claims and pay: never corporate parenting, whatever meeting they were for. */
const ownClaims =
  /\b((can|do|how do|where do|should|could) i (claim|get paid|be paid|be reimbursed)|how (to|do you|do we|do councillors|do members|can we) claim (for |back )?(mileage|expenses|travel|parking|petrol|fuel)|claim(ing)? (for |back )?(my |the )(mileage|expenses|travel|parking|petrol|fuel)|(members |councillors )?mileage rates?|my (mileage|expenses|allowances?|expenses? claims?)|my ([a-z]+ ){0,2}(expense|expenses|mileage) claims?|special responsibility allowances?|basic allowance|members? allowances?)\b/;

/** Languages a member may want something translated into. */
const languages = 'welsh|polish|french|spanish|german|urdu|punjabi|arabic|romanian|portuguese|italian|bengali|gujarati';
/** Animals a resident keeps, adopts or fosters from a rescue. */
const animals =
  'kittens?|cats?|dogs?|puppies|puppy|pets?|animals?|greyhounds?|rabbits?|hamsters?|guinea pigs?|hedgehogs?|donkeys?|hens?|horses?|ponies|pony|ferrets?|birds?|parrots?|tortoises?';
/** Council business that is not corporate parenting, by kind, with where to go instead. */
const outOfScopeCategories = [
  {
    category: 'adult-social-care',
    pattern: /\b(adult social care|adult services|adult safeguarding|vulnerable adults?|adults? at risk|(?<!\b(kids|childrens?|child) )care homes?|nursing homes?|elderly|older (person|people|relatives?)|dementia|home care|care package|carers? assessment|blue badge|meals on wheels|(my|her|his) (mum|mother|dad|father|gran|granny|grandmother|grandfather|grandad|nan|husband|wife)\b.{0,40}\bcare\b)/,
    goTo: "the council's adult social care team (its front door or contact centre); I only cover children in care and care leavers",
  },
  {
    category: 'school-admissions',
    pattern: /\b(school (admissions?|applications?|places?|appeals?|catchment|transport)|oversubscri\w*|(published )?admissions? (numbers?|criteria|polic(y|ies)|arrangements)|faith schools?|(secondary|primary|infant|junior|reception|sixth form|nursery|year \d{1,2}) (school )?(applications?|places?|admissions?|deadline|allocations?|offers?)|schools? ([a-z]+ ){0,3}(have|has|with) (spaces|places|vacancies)|school allocations?|national offer day|half ?term (dates?|holidays?|for schools)|when is ([a-z]+ )?half ?term|(which|what) (primary |secondary |infant |junior |high )?school ([a-z]+ ){0,4}(been )?(offered|allocated)|apply(ing)? for a (school|place)|catchments?( areas?)?|in ?year (school )?(transfers?|admissions?)|school transfers?|admission appeals?|school holiday dates|term dates|(get|got|getting|didnt get|did not get|offered|refused) a place at (their|his|her|the|a|our|my) (local |nearest |chosen |first choice )?(secondary|primary|infant|junior|high)? ?school|appeal (for|against) (a|the) school place|(get|getting|got) (my|our|her|his|their) (son|daughter|child|kid|kids|children|boy|girl|grandson|granddaughter) into (a |the )?(local )?(school|primary|secondary|nursery|academy))\b/,
    goTo: "the council's school admissions team; admissions for children in care are in scope, so do ask me about those",
  },
  {
    category: 'send',
    pattern: /\b(parent carer forums?|speech and language (therapy|therapists?)|sen assessments?|ehcp|ehcps|ehc plans?|education health and care plans?|ehc needs assessments?|special educational needs|send (team|service|support|tribunal|transport)|sen support|autism|autistic|adhd|dyslexia|(permanent|permanently|fixed term|temporarily) (excluded|exclusions?)|excluded from (the |an |a )?(school|academy|college)|exclusion (appeal|review)s?|(pupil|pupils|child|student|son|daughter) with send|send (pupils?|children)|send (improvement|strategy|reforms?|inspections?|written statement|sufficiency)( plans?| of action)?|local area send)\b/,
    goTo: "the council's SEND and inclusion team (special educational needs, disabilities and exclusions); the education of children in care is in scope, so do ask me about that",
  },
  {
    category: 'members-allowances',
    pattern: /\b(members? allowances?|remuneration panel|sras?|dependants? carers? allow[ae]nces?|allowance rates|basic allowance|special responsibility allowance|expenses|mileage|my allowance|councillor pay|pensions?|pension scheme|payslips?)\b/,
    goTo: 'Democratic Services (members’ allowances scheme, expenses claims and pensions)',
  },
  {
    category: 'democratic-admin',
    pattern: /\b(full council (meeting|dates?)|public questions? (to|at|for) (full council|council|cabinet|committee)|(film|filmed|filming|record|recorded|recording|webcast|webcasting|livestream|livestreamed|livestreaming) (me |us )?(at |of |in )?(a |the |our |council |committee |public )*meetings?|council meeting dates?|committee dates|motions? (to|for) (full )?council|submit(ting)? a motion|apolog(y|ies) for absence|send (my )?apologies|submit(ting)? (my )?apologies|apologies for (full council|council|cabinet|committee|the meeting|next)|notice of motion|members? questions?|leader of the council|council leader|(who is|whos|who) (the|our) (leader|mayor|chief executive|monitoring officer|section 151 officer|s151 officer|chief finance officer|head of paid service|returning officer)|(contact|email|ring|speak to) (the |our )?(monitoring officer|section 151 officer|s151 officer|returning officer)|(virtual|remote|hybrid) (full council |council |committee )?meetings?|(attend|join|take part in|vote in|vote at) (a |the )?([a-z]+ ){0,2}(meetings?|committees?|cabinet|full council|council) (remotely|virtually|online|by (video|zoom|teams))|meetings? (be )?held virtually|meet in person|(the )?(agenda|minutes|papers) (of|for|from) (the )?(last|next|this|tonight|tomorrow|yesterday)|(draft|write up|type up) (the |our |my )?minutes|when (will|is|are|do) (the )?(agenda|agendas|minutes|papers)\b|(who )?(takes?|taking) the minutes|minutes ([a-z]+ ){0,2}(be |are |get |been )?published|call ?ins?|call(ing|ed)? in (a |the )?(cabinet |executive )?decisions?|budget (council|meeting)|budget amendments?|amendments? (are )?due|(planning|licensing|appeals|standards|audit|pensions?) (panel|committee|cttee|ctte)s?|audit and governance committee|questions? (to|for) the (leader|mayor|cabinet)|pre ?election period|purdah|standing orders|council procedure rules|how long (a councillor|members?|i) can speak|(on|onto|on to|to) the (next )?([a-z& ]{0,30})agenda|report deadlines?|agendas? (be |must be |is |are |has to be |have to be )?(published|circulated|sent out)|(published|circulated) (before|ahead of) (a |the )?meeting|clear (working )?days|deadline for (reports?|the agenda)|agenda items?|items? on the agenda|(find|where is|where are|get|receive|received|missing) (the |my )?agenda (packs?|papers)|(printed|paper|hard) cop(y|ies) of (the |my |our )?([a-z]+ ){0,3}(agenda|papers|pack|documents?|reports?|minutes)|exempt (items?|information|reports?|session)|part (2|ii|b) (items?|reports?)|(arrange|find|send|nominate|get|change|swap|replace|need|want|request) (a |my |our )?substitutes?|reshuffle|portfolios? (have |has )?changed|my substitutes?|special meetings? of (the )?council|extraordinary (council )?meetings?|(written )?questions? (to|for) full council|submit(ting)? (a |my |written )?questions?|substitute (member|councillor)s?|(give|send) (my )?apologies|ward (members? )?([a-z]+ )?(budgets?|funds?|grants?)|(non ?)?key decisions?|community (budgets?|chest|funds?|grants?)|locality (budgets?|funds?)|what time (does|do|is) ([a-z]+ ){0,6}(committee|meeting|panel|cabinet|council)( meeting)? (start|begin|finish)|deadlines? for motions?|motions? deadlines?|when is (the next )?full council|quorum for (a |the )?(cabinet|full council|council)( meeting)?|(is|was) (it|the meeting) quorate|(is it|will it be|is the meeting|are (the )?meetings?) (hybrid|virtual|remote|online)|pecuniary|polling|electoral|(who is|whos|who) (the|my|our) mp|\bmps? for (my|our|the) (ward|area|constituency|town)|boundary (reviews?|commission)|ward boundar(y|ies)|new wards?|elections?|ballot|voting|register(ed|ing)? (a |an |the |my |our )?([a-z]+ )?to vote|vote by (post|proxy)|proxy votes?|lone ?working|(my|our|councillors?|members?) (own |personal )?safety|(safety|security) (at|for|during) (my |our |ward )?surger(y|ies)|duty of care (to|towards) (its |our |the councils? )?(councillors|members))\b/,
    goTo: 'Democratic Services or Electoral Services',
  },
  {
    category: 'rooms-and-facilities',
    pattern: /\b(book(ing)? (me )?(a |the )?(meeting |committee )?rooms?|room bookings?|(hold|holding|book|booking) (a |my )?(ward )?surger(y|ies) (in|at)|hir(e|ing) (of )?(the |a )?community (centre|hall)|meeting rooms?|hot desks?|desk booking|catering|car park pass|building access|door pass|security pass|id badge|id card|name badge)\b/,
    goTo: 'Democratic Services or the facilities team for room bookings and building access',
  },
  {
    category: 'member-conduct',
    pattern: /\b(code of conduct|nolan principles|predetermin\w*|(speak|spoken|speaking) (as (a |the )?ward (member|councillor) )?(on|about) (an|a|the) (planning )?application\b.{0,60}\bvote|leave the room|block(ing)? (residents|people|constituents|someone|them|him|her) (on|from) (my )?(councillor |ward |personal )?(facebook|twitter|x|instagram|social media|page)|(seven |7 )?principles of public life|standards complaints?|standards (hearings?|sub ?committees?|panels?)|complaints? against (a|another|other) (councillor|member)s?|complaints? (to the monitoring officer )?about (a|another|other) (councillor|member)s?|complaints? (about|against) me\b|(councillor|member) behaviour|declar(e|ing|ation of) (an |my |a )?(interests?|pecuniary)|disclosable pecuniary|register of interests|registering (an |my )?interests?|gifts and hospitality|civility (in public life|pledge)|debate not hate|outside bodies|(appoint\w*|nominat\w*|represent\w*|serve|serving|sit|sitting) (to|on) (an? |the )?outside body|(sit|sitting|serve|serving) on the board of (a|the|our|my) (local )?(housing association|charity|company|trust)|(abusive|threatening|nasty|offensive) (comments|messages|posts|emails|tweets) (on|to|about|at|aimed at) (my|me|us|councillors?|members?)|(online )?abuse (of|at|towards|aimed at) (councillors?|members?|me)|(i am|im|i have been|ive been|i was|i keep) (being |getting )?trolled|(using|use of|on) (social media|phones|mobiles|mobile phones) (during|in) (meetings|committee|council meetings))\b/,
    goTo: "the council's Monitoring Officer (code of conduct, interests, gifts and hospitality) or Democratic Services (support with abuse and intimidation of councillors)",
  },
  {
    category: 'early-help',
    pattern: /\b(early help|family hubs?|(child|children) in need assessments?|(section|s) ?17 assessments?|family support (service|worker)s?|parenting (classes|courses?|programmes?)|supporting families|troubled families|young carers?|out of control|youth (club|service|centre)s?|(after school|breakfast|homework) clubs?|(long term|chronic|life limiting) (illness|illnesses|condition|conditions)|free childcare|funded (childcare|hours)|(15|30|fifteen|thirty) hours|free hours|(2|two) year old (funding|offer)|childcare (costs|places?|funding|hours)|nursery (places?|funding)|nurser(y|ies) (inspections?|complaints?)|private nurser(y|ies)|complain(t|ts|ing)? about (a |the |our |their |my )?(private |local )?(nurser(y|ies)|pre ?schools?|childminders?)|(inspects?|inspected|inspecting) (the |a |our |local |private )?(nurser(y|ies)|pre ?schools?|childminders?)|holiday activities)\b/,
    goTo: "the council's early help (family support) service; if you think a child is at risk of harm, contact children's services' front door",
  },
  {
    category: 'politics',
    pattern: /\b(manifesto|by ?election|the whip|whipped|(whip|whips) (tell|telling|told|instruct|instructing|make|making) me how to vote|vote against (the |my )?(group|whip|party)|(stand|standing) for (council |group )?leader(ship)?|defect(ing|ion)?|cross(ing)? the floor|the independents|independent group|polling (station|day)|party (whip|group|line|policy)|(labour|conservatives?|tory|tories|lib dems?|liberal democrats?|green party|greens|reform uk|reform)( party)?( group)? (position|policy|policies|view|stance|line|plans?|promises?|pledges?|candidates?|campaign|manifesto|motion)|which party|how many seats|for (a|my|our) leaflet|(labour|conservatives?|tory|tories|lib dems?|greens?|reform) (or|vs|versus) (the )?(labour|conservatives?|tory|tories|lib dems?|greens?|reform)|what (do|does|did|would|will) (labour|the conservatives|the tories|the lib dems|the liberal democrats|the greens|the green party|reform( uk)?) (say|think|promise|want|do|propose))\b/,
    goTo: 'your party group or the council\'s elections office; I stay out of party politics',
  },
  {
    category: 'it-support',
    pattern: /\b(ict policy|council (issued|provided|owned) (phones?|mobiles?|smartphones?|laptops?|ipads?|tablets?|devices?)|work (phones?|mobiles?|laptops?)|(second|extra|bigger|new) (monitor|screen)s?|docking stations?|home working (kit|equipment|set ?up)|personal (whatsapp|phone|mobile|email) for (ward |council )?(casework|business)|read receipts|password|passwords|log ?in|login|laptop|wifi|wi fi|printers?\b.{0,40}\b(jam|jams|jammed|offline|toner|ink|cartridges?|paper (jam|stuck|tray)|says|drivers?|broken|not working|isnt working|wont|fix|ring|help|connect\w*|install\w*)|(default|members room|office|home|new|colour) printers?|(change|set|connect\w*|install\w*|add\w*|use|using) (to )?(the |a |my )?(default )?printers?|printing|print (me |off |out )?(my|our|this|these) (agenda|papers|pack|documents?|emails?|slides|reports?|minutes)|ipad|tablet|mfa|two factor|authenticator|vpn|email account|outlook|it (help|service) ?desk|computer|broadband|mobile phone|teams (is|isnt|not|keeps)|out of office|auto ?reply|automatic repl(y|ies)|(phone|laptop|tablet|ipad) screen|screen brightness)\b/,
    goTo: 'the IT service desk',
  },
  {
    category: 'waste',
    // "Should we bin them?" throws something out; it is not a bin.
    pattern: /\b(bins?(?! (it|them|this|that|these|those)\b)|bin (day|collection)|recycling|refuse (collections?|collectors?|tip|sacks?|lorry|lorries|bins?|disposal)|(?<!\b(was|is|are|were|so|pretty|absolutely|total|utter|bit|proper|its|thats) )rubbish(?! (answer|reply|response|advice|info|information|bot)\b)|fly ?tipping|litter|waste collection|garden waste|skip hire)\b/,
    goTo: "the council's waste and recycling service (website or contact centre)",
  },
  {
    category: 'planning',
    pattern: /\b(planning refusals?|planning inspectorate|local plan|section106|s106|community infrastructure levy|cil|planning (applications?|permission|committee|appeals?|enforcement|history)|boundary (disputes?|fences?|walls?)|building control|listed (buildings?|cottage|house|property)|listed building consent|house extension|loft conversion|conservation area|trees?\b.{0,40}\binspect\w*|tree (inspections?|surveys?|works?|safety)|tree preservation)\b/,
    goTo: "the council's planning service",
  },
  {
    category: 'highways-and-parking',
    pattern: /\b(parking|pcn|bus shelters?|penalty charge|potholes?|highways?|resurfacing|road repairs|pavements?|speed bumps?|street ?lights?|gritting|road ?works|bus pass|bus routes?|bus (contracts?|services?|subsid(y|ies))|traffic|speeding)\b/,
    goTo: "the council's highways and parking service",
  },
  {
    category: 'council-tax-and-benefits',
    pattern: /\b(council tax|business rates?( relief)?|rate relief|single person discount|how much is band [a-h]|band [a-h] (go|going|went|gone) up|band [a-h] (this year|rate|charge|amount|property|properties)|household support fund|housing benefit|universal credit|carers? allow[ae]nce|what benefits|benefits (could|can|would) (he|she|they|i) (get|claim)|child benefit|(child |working )?tax credits?|benefits? claim|attendance allowance|personal independence payment|pension credit)\b/,
    goTo: "the council's revenues and benefits service (national benefits such as Carer's Allowance are the DWP's)",
  },
  {
    category: 'housing',
    pattern: /\b(intentionally homeless|section21 (notices?|evictions?)|homelessness (duty|duties)|no[- ]fault evictions?|homelessness (team|service|officers?)|domestic abuse (act|safe accommodation|refuges?)|safe accommodation|womens refuges?|(stay put|evacuation) (fire )?(safety )?(policy|advice|strategy)|fire safety|tower blocks?|cladding|homelessness (decision|review|application)|hmos?|houses? in multiple occupation|housing register|council house|social housing|housing repairs?|repairs? to (my|a|the) (house|flat|home)|rent arrears|damp|mould|housing waiting list|temporary accommodation|homeless households|leaving prison|prison leavers|released from prison)\b/,
    goTo: "the council's housing options service",
  },
  {
    category: 'licensing',
    pattern: /\b(licen[cs]es?|licen[cs]ing|taxi|hackney|premises licen[cs]e|alcohol licen[cs]e|gambling|street trading)\b/,
    goTo: "the council's licensing team",
  },
  {
    category: 'schools',
    pattern: /\b(free school meals|fsm|disadvantaged pupils|(multi )?academy trusts?|ofsted (next )?(due|inspection|visit) (at|for) (the )?[a-z]+ (academy|school|primary|high|college)|as a (school )?governor|(become|becoming|convert(s|ing|ed)?( to| into)?) (an )?academ(y|ies)|maintained schools?|academy (conversion|status|orders?)|academisation|(primary|secondary|infant|junior|nursery|high) schools?\b.{0,30}\b(due )?(an )?ofsted (inspection|visit)|ofsted (ratings?|grades?|reports?|judgements?) (for|of) (the |our |my |local )?((primary|secondary|infant|junior|nursery) )?schools?|(become|becoming|be) a (school |parent )?governor|parent governors?|school governors? (vacancies|recruitment)|(primary|secondary|academy|school|nursery|college) ofsted (rating|report|grade|judgement|result)s?|(primary|secondary|academy|school|nursery|college) (was )?(last )?inspected|(primary|secondary|academy|school|nursery|college) (been |was |got )?(downgraded|upgraded)|(ofsted )?(ratings?|grades?|gradings?|inspection (results|reports?)) (of|for) (the |our |my |local )*(nurser(y|ies)|pre ?schools?|childminders?|schools|primary schools|secondary schools|academies)|(schools?|nurser(y|ies)|pre ?schools?|childminders?|colleges?|academ(y|ies))\b.{0,40}\b(rated|judged|graded) (outstanding|good|inadequate|requires improvement)|ofsted (say|said|saying|report|rating|grade|judgement|find|found|think|thought|give|gave|rate|rated) (about|on|of|for|at|to)? ?[a-z ]{0,40}(primary|secondary|academy|school|nursery|college)|ofsted (next |last )?(inspect\w*|visit\w*) [a-z ]{0,40}(primary|secondary|academy|school|nursery|college)|ofsted grad(ing|es) (for|of) schools|complain\w* (about|against) (a|the|her|his|their|my|our) (teacher|head ?teacher|headteacher|school|head)|(too ill|off sick|medical needs)\b.{0,60}\b(school|education|tuition)|(school|education)\b.{0,60}\b(too ill|off sick|medical needs)|hospital (school|education|teaching)|home tuition|schools? (inspection )?(report cards?|grading)|school (funding|meals|uniform)|work permits?|child employment( permits?| licen[cs]es?)?|paper rounds?|uniform grants?|home educat\w*|elective home education|(refuses|refusing|refused|wont go|will not go) to (go to )?school|school (refusal|refuser|avoidance)|special measures|(primary|secondary|school|academy)\b.{0,40}\b(got|rated|judged|graded|went) (inadequate|requires improvement)|bull(y|ies|ying|ied) (at|in|outside|on the way to|after) (school|the school|his school|her school|their school|college)|emotionally based school (non )?(attendance|avoidance)|ebsa|(attendance|truancy) fines?|fines? for (non ?|poor )?attendance|(non ?|poor )attendance)\b/,
    goTo: "the council's education service (schools, free school meals and school funding); the education of children in care is in scope, so do ask me about that",
  },
  {
    category: 'procurement',
    pattern: /\b(procurement|tenders?|tendering|contract values?|suppliers? (payments?|invoices?)|invoices?)\b/,
    goTo: "the council's procurement team",
  },
  {
    category: 'animals',
    pattern: /\b(stray (dogs?|cats?|animals?)|dog wardens?|animal welfare|kennels|catter(y|ies)|rspca|lost (dog|cat)|dangerous dogs?|pets?)\b/,
    goTo: "the council's animal welfare (dog warden) service",
  },
  {
    category: 'leisure-and-culture',
    pattern: /\b(leisure centres?|public toilets?|public loos?|play ?parks?|play ?areas?|playgrounds?|swings|skate ?parks?|swimming|swimming pools?|pool (open|opening|close|closing|times|hours)|gym|library opening|museum|theatre|allotments?|opening (times|hours))\b/,
    goTo: "the council's leisure and culture pages",
  },
  {
    category: 'environmental-health',
    pattern: /\b(pest control|rats|mice|noise (complaints?|nuisance)|noisy neighbours?|noisy|loud (music|parties|party|neighbours?)|barking dogs?|dog fouling|graffiti|food hygiene|birth certificate|death certificate|regist(er|ering|ration of) (a |my |the |our |her |his )?(babys? |baby )?(birth|death)|wedding|marriage)\b/,
    goTo: "the council's environmental health or registration service",
  },
  {
    category: 'translation',
    pattern: new RegExp(
      String.raw`\b(translate|translation|translating|how do (you|i|we) say\b.{1,60}\bin (${languages})|what(s| is)? the (${languages}) (word )?for|interpret(er|ing)? (this|my|our)|into (${languages}))\b`,
    ),
    goTo: "the council's translation and interpreting service",
  },
  {
    category: 'personal-finance',
    pattern: /\b((buy|sell|which|best|good) (shares|stocks)|shares? prices?|stocks? (market|tips)|stock market|crypto\w*|bitcoin|(send|sending|transfer|transferring) money (to|abroad|overseas|home)|money transfers?|exchange rates?|mortgages?|savings (accounts?|rates?)|interest rates?|base rate|bank of england|inflation rate|credit cards?|pay off (my|the|our) [a-z ]{0,20}(card|loan|debt|mortgage)|invest (the|my|our) money|pension fund|lottery|betting|investment (tips|advice|portfolio))\b/,
    goTo: 'an independent, regulated financial adviser',
  },
  {
    category: 'personal-assistant',
    pattern: /\b((ring|call|phone|text|email|message) (the|my|a|our) [a-z]+( [a-z]+)? (and|to) (ask|tell|say|arrange|book|chase)|set (me )?(a )?reminder|remind me (to|at|on|tomorrow|tonight|next|in \d)|(add|put) [a-z ]{1,40} (in|on|to|into) my (calendar|diary)|book (me )?(a )?(taxi|cab|table|train|hotel)|order (me )?(some )?(lunch|food|sandwiches|a pizza))\b/,
    goTo: 'your own calendar, email and phone; I only answer questions about corporate parenting',
  },
  {
    category: 'data-protection',
    pattern: /\b(freedom of information|foi requests?|((gdpr|data protection|subject access)\b.{0,60}\b(casework|residents?|constituents?|(my )?(personal )?(email|gmail|hotmail|inbox|phone|laptop))|(casework|constituents?|residents?) (emails?|data|records|files))|(own|personal|private) (mobile|phone|home) (numbers?|addresses?)\b.{0,40}\b(leaflets?|website|social media|newsletters?|publish\w*))\b/,
    goTo: "the council's data protection officer (or the Monitoring Officer for councillors' casework)",
  },
  {
    category: 'adult-learning',
    pattern: /\b(adult (education|learning|community learning)|evening class(es)?|night school|(virtual )?school for adults)\b/,
    goTo: "the council's adult and community learning service",
  },
  {
    category: 'property',
    pattern: /\b((sell|selling|sale of|sold|dispose of|disposal of|lease|leasing|buy|buying|market value of|asking price (for|of)) (the |an? |our |that |this )?(old |former |empty |vacant )?([a-z]+ ){0,3}(building|site|land|premises|property|properties|offices?)|asking price|surplus (land|buildings?|property))\b/,
    goTo: "the council's property and estates team",
  },
  {
    category: 'climate-and-donations',
    pattern: /\b(net zero|carbon (neutral|neutrality|emissions|footprint|reduction)|climate (emergency|change|action|pledge|strategy|working group|champion|lead|officer)|member champion for climate|(local )?nature recovery( strategy)?|biodiversity (net gain|duty|strategy|action plan)|(pledged|pledge|donate|donated|donating|donation|sponsor|sponsored|sponsoring)\b.{0,40}\b(charity|charities|fun run|appeal|fundraiser|fundraising)|(charity|fun run|fundraiser)\b.{0,30}\b(pledges?|donations?)|blood (donors?|donations?|donating)|organ (donors?|donation)|kickstarter|crowdfund\w*|gofundme|justgiving|just giving page)\b/,
    goTo: "the council's climate and sustainability team, or the charity or fundraising platform itself",
  },
  {
    category: 'public-health',
    pattern: /\b(health visit(ing|ors?)|school nurs(e|es|ing)|healthy start|measles|whooping cough|(disease|infection|virus) outbreaks?|stop smoking|smoking cessation|vaping|sexual health (clinics?|services?)|drug and alcohol (services?|treatment)|weight management|nhs health checks?|public health (grant|service|services|budget|team)|health and wellbeing boards?)\b/,
    goTo: "the council's public health team; the health of children in care is in scope, so do ask me about that",
  },
  {
    category: 'council-finance',
    pattern: /\b(corporate plan|council plan|general fund|(earmarked |usable )?reserves (position|balance|level)|projected outturn|outturn|(council ?owned|wholly owned|holding) compan(y|ies)|local authority trading compan(y|ies)|teckal|child poverty (strategy|action plan|plan)|medium term financial (strategy|plan)|mtfs|budget gap|council budget (gap|setting)|budget setting (full )?(council|meeting|timetable)|budget consultations?|revenue budget|capital programme)\b/,
    goTo: "the council's finance or policy team (budget, corporate plan and company papers)",
  },
  {
    category: 'hr-and-workforce',
    pattern: /\b((spend|spent|spending) on agency (staff|workers)|dying to work|health and safety (law|at work)|duty of care (to|towards) (its |our |the councils? )?(own )?(staff|employees)|white ribbon|work experience (placements?|for)|(nephew|niece|son|daughter|grandson|granddaughter)\b.{0,40}\bwork experience|(apprenticeships?|jobs?) (with|at|in) the council|job vacanc(y|ies)|apply for a job|disability confident|mindful employer|living wage (employer|foundation|accreditation)|employer (pledge|accreditation)s?)\b/,
    goTo: "the council's HR team",
  },
  {
    category: 'member-wellbeing',
    pattern: /\b(burnt out|burned out|burnout|(stressed|stress) (at|with|from) (work|casework)|my (own )?(wellbeing|mental health)|take (better )?care of myself|work ?life balance|sleep(ing)? better|(tips|help) (for|with) (sleep|sleeping|insomnia)|knackered)\b/,
    goTo: "the council's member support, an employee assistance programme if your council offers one to members, or your GP",
  },
  {
    // Charters and pledges on other causes; the council's pledge to children in care is in scope.
    category: 'other-charters',
    pattern: /\b(anti ?racis[mt]|race equality|equality|equalities|inclusion|dementia friendly|age friendly|menopause|lgbt\w*|pride|period poverty|breastfeeding|baby friendly|smoke ?free|sugar smart|plastic free|mental health|domestic abuse|hospitality|business|employers?|digital|nature|living wage)( friendly)? (charter|pledge|commitment|standard|accreditation|covenant)s?\b/,
    goTo: "the council's policy or equality and inclusion team, who look after the charters and pledges the council signs",
  },
  {
    category: 'complaints',
    pattern: /\b(ombudsman|customer (contact|service|services) cent(re|er)|customer care (standards?|charter)|customer (service )?charter|customer services?|(wait|waiting) (for )?a (callback|call back)|call wait(ing)? times?|corporate complaints?|complaints? about (rude |unhelpful |council )?staff|rude staff)\b/,
    goTo: "the council's corporate complaints or customer services team",
  },
  {
    category: 'family-adoption',
    pattern: /\b(step ?parent adoption|adopt (my|his|her|their|our) (step ?(son|daughter|child|children)|partners? (son|daughter|child|children))|as (his|her|their) step ?parent|adopt (a|my) (niece|nephew|grandchild|grandson|granddaughter)|inter ?country adoption|adopting from abroad)\b/,
    goTo: 'the regional adoption agency or a family solicitor (adopting within your own family is a private family matter)',
  },
  {
    // A councillor's own child or grandchild, given by age ("my own son is 17 and wants to move out").
    category: 'own-family',
    pattern: /\b(my|our) (own )?(sons?|daughters?|teenagers?|teenage (son|daughter)|kids|children|grandsons?|granddaughters?|grandchildren|grandkids|stepsons?|stepdaughters?)( is| are| who is| aged| turns| turned)? (just |nearly |almost |turning )?\d{1,2}\b|child arrangements orders?|custody (battle|dispute|case)s?|child maintenance|(my|our) (teenage |young |little )?(sons?|daughters?|child|kids|children) (is|are) being bullied|bullied on (snapchat|instagram|tiktok|whatsapp|social media)|(parents|couple) (separate|separating|separated|split up|splitting up|divorce|divorcing)/,
    goTo: "your Family Information Service or GP: your own family is outside what I cover (the children in the council's care are what I'm for)",
  },
  {
    category: 'post-16-participation',
    pattern: /\b(neets?|not in education,? employment or training)\b.{0,60}\b(generally|in general|across the (borough|county|district|city)|all young people|every young person)\b|\b(generally|in general|across the (borough|county|district|city)|all young people)\b.{0,60}\b(neets?|not in education,? employment or training)\b/,
    goTo: "the council's post-16 participation (NEET) or youth employment team; care leavers' education, employment and training is in scope, so do ask me about that",
  },
  {
    category: 'reorganisation-and-devolution',
    pattern: /\b(local government reorganisation|lgr|devolution (deals?|white paper|bill|priority programme)|english devolution|unitary (bid|proposals?|authority proposals?)|new unitar(y|ies)|mayoral elections?)\b/,
    goTo: "the chief executive's office or your group leader (local government reorganisation and devolution)",
  },
  {
    category: 'asylum-accommodation',
    pattern: /\b(adults? (seeking asylum|asylum seekers?)|asylum (seekers? )?(hotels?|accommodation|dispersal)|dispersal (accommodation|areas?)|(asylum seekers?|refugees?) ([a-z]+ ){0,4}(in|into|at) (the |a )?([a-z]+ )?hotels?|refugee resettlement|homes for ukraine|afghan (resettlement|relocation))\b/,
    goTo: "the council's asylum and refugee resettlement lead (the Home Office decides where adults and families seeking asylum are housed); unaccompanied children seeking asylum are in scope, so do ask me about them",
  },
  {
    category: 'armed-forces',
    pattern: /\b(armed forces|forces covenant|military covenant|veterans?|service leavers?|reservists?)\b/,
    goTo: "the council's Armed Forces champion or the officer who leads on the Armed Forces Covenant",
  },
  {
    category: 'general-knowledge',
    pattern: /\b(offside|cover(ing)? letters?|job applications?|pgce|teacher training|(go|going|get|getting) into teaching|(what|which) degree (should|do|does|would|to)|(become|becoming) an? (social worker|teacher|nurse|doctor|solicitor|lawyer|paramedic|police officer|midwife)|(my|a|his|her|their) cv|bank hol(iday)?s?|names? for (my|our|a|the) (new )?(puppy|dog|cat|kitten|pet|boat|car)|(my|our) (car|van)|chat ?gpt works?|rules of (a |the )?(game|cribbage|chess|poker|bridge|whist|scrabble|monopoly|darts|snooker|pool|rummy|backgammon)|cribbage|grand national|horse rac(e|es|ing)|boat race|driving (lessons?|tests?|instructors?)|learn(ing)? to drive|smart ?phones?|iphones?|how does chat ?gpt|large language models?|llms?|(retirement|leaving|farewell|wedding|best man|birthday) speech(es)?|speech for (a|his|her|their|my|our) (retirement|leaving|wedding|birthday)|eulogy|\d+ (times|plus|minus|divided by|multiplied by|x) \d+|test match|(whats|what|what is) the score|meaning of life|duty of candour|paracetamol|ibuprofen|(united|city|rovers|wanderers|athletic|albion|county|town) (score|result|game|match)|(score|result) (last night|yesterday|at the weekend)|inflation|recession|gdp|economics|(car|vehicle|hybrid|van) (service|servicing|insurance|mot|tax)|service interval|mot test|teeth|tooth|toothache|dentist appointment|stitches|skin ?care|sunburn|hay ?fever|turf|mow|mowing|who (directed|sang|painted|composed)|population of|how many people live|prime ministers?|presidents? of|(fastest|cheapest|next|last|first) trains?|trains? (from|to) [a-z]+|solar panels?|heat pumps?|double glazing|loft insulation|premier league|the prem|league table|fa cup|world cup|excel|spreadsheets?|vlookup|pivot tables?|isas?|lisas?|tax returns?|bonsai|houseplants?|gardening|lawn|holidays?|restaurants?|hotels?|flights?|recommend a|recommend (somewhere|anywhere)|(somewhere|anywhere|places?) (nice |good |decent |cheap )?to (eat|drink)|eat(ing)? out|takeaways?|weather|forecast|raining|rain|snow(ing)?|sunny|temperature|capital (city )?of|who won|how far|by train|train (times|tickets?)|directions to|distance (from|between)|football|cricket|rugby|tennis|golf|snooker|darts|wimbledon|olympics|(whats|what|what is) on the news|news headlines|recipe|horoscope|tv|films?|movies?|songs?|joke|poem|sports?|ark of the covenant|bible|biblical|blockchain|affect (and|or|vs) effect|grammar|how (do you|to) spell|best (courses|universities)|championship|league (one|two) table|(latest|final|half ?time) score|match (result|report))\b/,
    goTo: generalKnowledgeGoTo,
  },
  // The member's own pet ("tips for my new puppy"), after the kinds above have had their say.
  { category: 'general-knowledge', pattern: new RegExp(String.raw`\b(my|our) (new |old |rescue )?(${animals})\b`), goTo: generalKnowledgeGoTo },
] as const satisfies readonly { category: string; pattern: RegExp; goTo: string }[];

/**
 * The kind of council business the question is about, if it is not corporate parenting. Some business
 * stays outside whatever care words come with it (`alwaysOutOfScope`); the rest is out of scope unless
 * the question is about a child in care or a care leaver.
 */
export function councilBusinessIn(text: string): OutOfScopeCategory | undefined {
  const dominant = alwaysOutOfScope(text);
  if (dominant) return dominant;
  if (saysNotInCare(text) || !careContext(text)) {
    return outOfScopeCategories.find(({ pattern }) => pattern.test(text))?.category;
  }
  return undefined;
}

/** Where to go instead for business of this kind. */
export function goToFor(category: OutOfScopeCategory): string {
  return outOfScopeCategories.find((entry) => entry.category === category)!.goTo;
}

/** Care words that are negated ("isn't in care") say the opposite: they do not put a question in scope. */
export const saysNotInCare = (normalisedText: string): boolean => negatedCare.test(normalisedText);
const negatedCare =
  /\b((isnt|is not|not|never|arent|are not|wasnt|was not|never been)\s+(the |a |for )?(in care|looked after|a care leaver|care leavers|fostered|cla|lac|cic|a looked after child|an? (child|kid|young person) in care)\b(?! (any ?more|now|yet))|(none|neither) of (the|them|these|those)\b[a-z ]{0,30}\b(is|are|was|were) (in care|looked after|care leavers?))\b/;

const roomBooking = /\b(book(ing)? (me )?(a |the )?(meeting |committee )?rooms?|room bookings?|(sort|find|get|arrange) (me |us )?(a |the )?(meeting )?room (for|at|in))\b/;
const technicalFault =
  /\b(mailbox quota|quota exceeded|crash(es|ed|ing)?|keeps? (crashing|freezing|dropping out)|(screen|teams|laptop|app|computer|ipad|tablet|phone|zoom|video|call|system) (keeps |is |has been |was )?(freezing|freezes|froze|frozen)|(wont|doesnt|will not|cant|cannot) (load|connect|sync|open(?! (a |an )?(bank |savings )?accounts?\b)|start|join|sign in)|(email|calendar|ipad|laptop|phone|outlook)s? (wont|doesnt|will not|isnt|is not|not) sync\w*|access denied|error messages?|(forgotten|forgot|reset|lost) (my )?(password|pin|passcode|mfa|multi ?factor|two ?factor|2fa|authenticat\w*)|multi ?factor (authentication|pin|code)|(im|i am|ive been|i have been|i got|i was|been) locked out\b|projector|av (contact|support|team)|(cant|cannot) (log ?in|connect|hear(?! from\b)|join)|no sound|microphone|webcam|(camera|webcam|mic|microphone|headset|speakers?|screen|laptop|teams|zoom|wifi|printer|phone|ipad|tablet|keyboard|mouse)\b.{0,15}\b(isnt|is not|wont|not|stopped) working|share (my )?screen|screen ?shar(e|ing)|wont let me)\b/;
/** Errands for a meeting, whichever meeting it is: its start time, apologies, moving it, invitations, printed copies. */
const meetingErrands =
  /\b((date|time|when)\b.{0,30}\bcivic receptions?|(move|swap|change) my (slot|shift|turn|date) on the ([a-z]+ ){0,4}rota|(how do i get to|how to get to|directions to|where is|wheres|where's) (the )?committee room( \d+)?|order(ing)? (the |some )?(sandwiches|lunch|food|refreshments|catering|drinks|buffet)|what time (does |do |is )?(the |our |tonights |tomorrows |next )?([a-z]+ ){0,6}(meeting|committee|board|panel)\b.{0,30}\b(start|starts|begin|begins|kick off|kicks off)|(send|give|submit|pass on|record|note) (my|our|his|her) apologies|(move|reschedule|rearrange|postpone|cancel) (the |a |our |this |next |tuesdays |thursdays )?([a-z]+ ){0,4}meeting (to|until|from)|(send|issue|resend) (out )?(a |the )?(new |revised |updated )?(calendar |meeting |diary )?invit(e|es|ation|ations)\b|print (me )?(\d+|one|two|three|four|five|six|ten|twelve|some|a few|extra|spare) (copies|cop(y|ies)|sets?)|(\d+|some|extra|spare) (paper |printed )?copies of (the |my |our |next |this )?([a-z]+ ){0,4}(agenda|papers|pack|minutes|report))\b/;
/** The apps members read their papers in. */
const membersApps = /\b(modern ?gov|mod ?gov|moderngov|modgov)\b/;
const adultsOnly =
  /\b((pay|paying) the full cost of (their |his |her )?(residential |nursing )?care|savings (threshold|limit)|capital limits?|self ?funders?|adult social care|dignity in care|adult care homes?|adult social services|adult services|nursing homes?|disabled facilities grants?|dfg|stairlifts?|stair lifts?|wet rooms?|(?<!waiting )(for|looking for|find) my (dad|mum|father|mother|gran|nan|grandad|grandma)|homecare|home care workers?|ethical care charter|(is|aged) [6-9]\d\b|age [3-9]\d\b|adult residential|adults? with|an? adult (son|daughter|child)|carers? (of|for) an? adult|(disabled|vulnerable|frail) adults?|safeguarding adults|direct payments?|older (people|person|ppl|relatives?)|elderly|dementia|pensioners?|care cap|cap on (adult )?care costs)\b/;
/** Adults' services that sound like children's ones ("Shared Lives", "adult foster care"). */
const adultsLookAlike =
  /\b(shared lives|care act (needs )?assessments?|mental capacity act|best interests decision for (a |an )?(adult|age [3-9]\d)|section117|s117|mental health act aftercare|unpaid (adult )?carers?|better care fund|(property|12 week|twelve week) disregard|capital (limits?|thresholds?)|self ?funders?|top ?up fees?|unpaid carers? leave|(?<!foster )carers? leave (from|entitlement|policy|days?|can|to|for)|(care for|caring for|look(ing)? after|nursing) (my|her|his|their|an?) (elderly |disabled |sick |poorly )?(mum|mother|dad|father|parents?|husband|wife|partner|gran|nan|grandad|grandma|grandmother|grandfather)|adult (foster\w*|placements?)|supported living|over 65s?|deferred payments?|residential care for (older|the elderly|adults|elderly)|(lasting )?power of attorney|deprivation of liberty|dols|home care package|care package|adult social care (needs )?assessment|needs assessment for (an |her |his )?(adult|elderly|older)|(elderly|older|frail) (mum|mother|dad|father|parent|relative|neighbour)s?)\b/;
const careLeaverWords = /\b(care leavers?|leaving care|left care|care experienced|cl|cls)\b/;
/**
 * A routine service request is for that service, even about a children's home or a foster carer:
 * its bins, the speed bumps outside, a foster carer's parking ticket or council tax band.
 */
const serviceRequests: readonly { category: OutOfScopeCategory; pattern: RegExp }[] = [
  { category: 'waste', pattern: /\b(bins?|rubbish|recycling)\b.{0,60}\b(emptied|collected|collection|missed)\b|\b(missed bins?|wheelie bins?|(new|replacement|stolen|nicked|broken|damaged|lost|extra) bins?|bins? (has been |was |got )?(stolen|nicked|broken|damaged|lost)|bin collections?|fly ?tipping|waste (service|contract|contractor)s?)\b/ },
  { category: 'rooms-and-facilities', pattern: /\b(car park (permits?|pass(es)?|spaces?)|building access|step ?free (access|entrance|route)|hearing loops?|where (is|are) (the )?committee rooms?|door pass|security pass|id (badge|card)|(room|it) is (too )?(cold|hot)|heating)\b/ },
  { category: 'planning', pattern: /\b((the|our|new|draft) local (transport )?plan|adopt(ed|ing)? (a |the |our )?local plan|local transport plans?|planning (applications?|permission|consent|grounds|appeals?|enforcement|objections?)|object(ion)? to (the |a |this |their )?planning)\b/ },
  { category: 'highways-and-parking', pattern: /\b(parking (tickets?|fines?|permits?|charges?|spaces?)|(school )?crossing patrols?|lollipop (lady|man|person|people)|car park (charges?|fees?|tariffs?|prices?)|grass (verge )?cutting|verge (cutting|maintenance)|cut(ting)? (the )?(grass )?verges?|overgrown (verges?|hedges?|grass)|hedge cutting|grounds maintenance|pcns?|penalty charges?|speed (bumps?|humps?|cameras?)|pot ?holes?|street ?lights?|traffic calming|yellow lines|dropped kerbs?|20 ?mph|speed limits?|speeding (cars|traffic|past))\b/ },
  { category: 'democratic-admin', pattern: /\b((uk )?youth parliament|young mayor|stand(ing)? (as a candidate|for election)|candidates? (in|for) the|nomination papers|polling (station|day)|postal votes?)\b/ },
  { category: 'highways-and-parking', pattern: /\b(adopt(ing|ed)? ?a ?(street|verge|road|park|tree|roundabout|bench|planter|green space)|adopt(ing|ed)? (a |an |the )?(park |memorial )?bench(es)?|adopt [a-z]+ park|adopt (the|a|our) (old )?(red )?(phone ?box|telephone (box|kiosk)|kiosk)|adopt (the|a|our) ([a-z]+ ){0,2}(verge|street|roads?|park|playground|allotments?|garden|roundabout|flower beds?|planters?|benches?|trees?|green space|play ?areas?|greens?|ponds?|plots?|woods?|woodland|meadows?|orchards?)|section ?38 (adoption|agreement)|unadopted (roads?|streets?|lanes?|roads?)|highways? authority|adopt (the |our )?([a-z]+ ){0,3}roads|roads? (get |be |being )?gritted|gritting|adopted roads?|(roads?|parks?|verges?|green spaces?|open spaces?|playgrounds?|footpaths?)\b.{0,30}\badopted|adoption of (the )?roads?|cycle (routes?|lanes?|paths?|ways?)|footpaths?|towpaths?)\b/ },
  { category: 'rooms-and-facilities', pattern: /\b(office (move|moves|restructure|accommodation)|(ground|1st|first|2nd|second|3rd|third|4th|fourth) floor|(moved|moving|move) to the annex)\b/ },
  { category: 'send', pattern: /\b(send local offer|local offer for (send|disabled children|children with (send|disabilities)))\b/ },
  { category: 'adult-learning', pattern: /\b(virtual school for adults|adult (education|learning|community learning)|evening class(es)?)\b/ },
  { category: 'property', pattern: /\b(war memorials?|(sell|selling|sale of|dispose of|disposal of|asking price (for|of)) (the |an? |our |that |this )?(old |former |empty |vacant )?([a-z]+ ){0,3}(building|site|land|premises|property)|asking price)\b/ },
  { category: 'animals', pattern: new RegExp(String.raw`\b(adopt(ing|in|ed)? (a |an |the |some |a (couple|few) of |two |three )?(rescue |retired )?(${animals})|foster(ing)? ((an? |the |some |a (couple|few) of |two |three )?|(homes? |carers? )for (rescue )?)(rescue |retired )?(${animals})|(kitten|cat|dog|puppy|pet|animal) (fostering|rescue)|stray (dogs?|cats?|animals?)|dog wardens?|animal welfare|kennels|rspca|dangerous dogs?|dogs? (barking|barks|bark|bit|bites|attack\w*))\b`) },
  { category: 'leisure-and-culture', pattern: /\b(memorial bench(es)?|(put|install|place|add) (a |new |some )?bench(es)? in the park|print(ing)? at the library|library (printing|printers?|computers?)|(how much|cost|costs|charge) per page|opening (hours|times)|book a swim|swimming lessons|fun runs?)\b/ },
  { category: 'licensing', pattern: /\b(temporary event notices?|premises licen[cs]es?|licensing (fee|application|team))\b/ },
  { category: 'council-finance', pattern: /\b(general fund (reserves?|balance|position)|reserves position|draw(ing)? down (on )?(our |the )?reserves|minimum revenue provision|treasury management|apprenticeship levy)\b/ },
  { category: 'environmental-health', pattern: /\b(fixed penalty (notices? )?for (dog|litter|fly)|(report|reporting) dog (fouling|mess))\b/ },
  { category: 'property', pattern: /\b(community asset transfers?|asset transfer polic(y|ies)|crematori(um|a)|cemeter(y|ies)|burial (grounds?|plots?))\b/ },
  { category: 'general-knowledge', pattern: /\b(recommend|suggest) (a |an |somewhere |some )?(good |nice |decent )?(restaurant|pub|cafe|caf[eé]|place to eat|curry house)s?\b/ },
  { category: 'hr-and-workforce', pattern: /\b(adoption|maternity|paternity|shared parental|parental) (leave|pay)\b/ },
  { category: 'procurement', pattern: /\b(procurement|tender (notices?|process)|publish a tender|contract (values?|thresholds?|procedure rules))\b/ },
  // A privately fostered child is not looked after: the council is only told of the arrangement.
  { category: 'early-help', pattern: /\b(private(ly)? foster\w*|childminders?|childminding|30 hours|free childcare|youth service budget)\b/ },
  { category: 'school-admissions', pattern: /\b((school )?term dates|school holiday dates|(first|second|third) choice (school|secondary|primary)|admissions? appeals?)\b/ },
  { category: 'schools', pattern: /\b(free school meals|fsm|disadvantaged pupils|parenting orders?|dbs (checks? )?([a-z]+ ){0,4}(for )?(my |a |the )?(school )?governor|(become|becoming|apply to be|be appointed as) an? (school |local authority |la |parent |foundation )?governor)\b/ },
  { category: 'general-knowledge', pattern: /\b((what|whats|how)( is| will| was)? (the )?weather|weather (forecast|be like)|forecast (for|tomorrow|this|on)|(will|is) it (going to )?(rain|snow)|capital (city )?of|who (won|painted)|recipe|horoscope|football scores?|what time (does|do) (the )?([a-z-]+ ){1,6}(close|closes|shut|shuts)|table of contents|(in|using) (microsoft |ms )?(word|excel|powerpoint)|(last|next|first) trains?|off ?peak (return|tickets?|fares?)|train (times|tickets?|fares?))\b/ },
  // What the opposition says about corporate parenting is a claim to check, whether it had a say is a question about the
  // process, and a member "in the opposition", or worried it will catch them out, says who is asking; the opposition
  // itself is politics.
  { category: 'politics', pattern: /\b(re ?election|election campaign|campaign (leaflet|tweet)|((?<!\b(in|of) )the opposition|opposition (party|councillors|group))(?! (says?|said|claims?|claimed|argues?|argued|thinks?|reckons?|wants?|(get|gets|got|have|has|had) a say|(was|were|is|are|be) (consulted|involved|included)|((will|might|would|could) )?(catch\w*|pounce|pick holes|jump on|have a go))\b))\b/ },
];
const councilTaxAccount =
  /\b(council tax (bills?|band\w*|arrears|summons|payments?|direct debits?|refunds?|reminders?|valuation|reduction|support|query|queries|instalments?)|(my|her|his|their) council tax|council tax\b.{0,80}\b(direct debit|instalments?|reminder notice|bailiffs?))\b/;

/** Categories whose own patterns decide, whatever care words come with them (adopting within one's own family is never corporate parenting). */
const categoriesWhateverTheContext = outOfScopeCategories.filter(
  ({ category }) => category === 'member-conduct' || category === 'politics' || category === 'family-adoption',
);

const volunteering = /\b(independent visitors?|volunteer\w*|mentor\w*)\b/;

const aboutChildren =
  /\b(child|children|childrens|young (people|person)|kids?|teens?|teenagers?|care leavers?|cl|cls|leaving care|looked after|foster\w*|cic|lac|cla|under 18|transition)\b/;

/**
 * Business that stays outside corporate parenting whatever care words come with it: the councillor's
 * own claims and conduct, party politics, room bookings, a technical fault (even in the board's Teams
 * meeting), care for adults alone, council tax other than care leavers', routine service requests.
 */
function alwaysOutOfScope(text: string): OutOfScopeCategory | undefined {
  // A volunteer's expenses (an independent visitor's) are part of the service, not the councillor's own claim.
  if (ownClaims.test(text) && !volunteering.test(text)) return 'members-allowances';
  if (technicalFault.test(text) || membersApps.test(text)) return 'it-support';
  if (roomBooking.test(text)) return 'rooms-and-facilities';
  if (meetingErrands.test(text)) return 'democratic-admin';
  const conductOrPolitics = categoriesWhateverTheContext.find(({ pattern }) => pattern.test(text));
  if (conductOrPolitics) return conductOrPolitics.category;
  if (adultsOnly.test(text) && !aboutChildren.test(text)) return 'adult-social-care';
  const careLeaver = careLeaverWords.test(text);
  if (adultsLookAlike.test(text) && !careLeaver) return 'adult-social-care';
  // Care leavers' council tax exemption is corporate parenting; anyone else's council tax account is not.
  if (councilTaxAccount.test(text) && !careLeaver) return 'council-tax-and-benefits';
  // Whether the principles reach a service is the guidance's own question ("do they apply to planning applications?").
  if (principlesReach.test(text)) return undefined;
  return serviceRequests.find(({ pattern }) => pattern.test(text))?.category;
}

