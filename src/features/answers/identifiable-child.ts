import { saysNotInCare } from './council-business.js';
import { normaliseText, spokenNumbersAsDigits } from './vocabulary.js';

/**
 * Does a question name or single out a child, a care leaver or a family? Such questions are declined and
 * never stored. Works on the question as typed: capitals and punctuation tell names and initials apart.
 */

/**
 * A house number and street ("at 12 Elm Road", "lives at 3a park lane"). The number must follow a word that
 * introduces a place, so "reg 44 visits take place" or "section 20 and the high court" are not addresses.
 */
const streetAddress =
  /(?:^|\b(?:at|on|in|from|near|to|number|no\.?|flat|house|lives|living|address)\s+|[,(]\s*)\d{1,4}[a-z]?,?\s+(?:[A-Za-z'-]+\s+){1,3}(?:road|rd|street|st|avenue|ave|close|lane|ln|drive|dr|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|walk|row|square|sq|hill|park|mews|rise|view|estate)\b/i;
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** Words for one child that policy talk seldom puts after "the", so "the lad" or "the girl" points at someone. */
const childWord = 'boy|girl|lad|lass|teenager|teen|baby|toddler|young (?:man|woman)';
/** Words that policy talk also uses for children in general ("the child's voice", "the care leaver's offer"). */
const generalChildWord = 'child|kid|young person|care leaver|foster child';
const siblingWord = 'brothers|sisters|siblings|twins';
/** A child by age ("the 13 year old", "a 15yo"). */
const childOfAge = String.raw`\d{1,2}[- ]?(?:year[- ]old|yr old|yo|y\/o)`;
/** One age ("aged 12"), not a range of ages ("aged 21-24"). */
const agedOne = String.raw`aged \d{1,2}\b(?!\s*[-–]\s*\d| to \d)`;
/** Words that make what follows a supposition ("if a 17 year old…", "say a care leaver aged 23…"), not one child. */
const supposing = 'if|suppose|supposing|imagine|say|call|when';
/** An age said aloud ("the fifteen year old", "aged twelve"); other numbers stay words, so "three households on Mill Lane" is not a house number. */
const spokenAge = /\b(?<=\baged? )[a-z]+(?:[- ][a-z]+)?\b|\b[a-z]+(?:[- ][a-z]+)?(?=[- ]?(?:years?|yrs?)[- ]?olds?\b)/gi;

/** The words that end a street's name ("Park Road"); abbreviations and "Estate" are added where a pattern takes them. */
const streetWords = 'Road Street Avenue Close Lane Drive Way Crescent Grove Gardens Terrace Mews'.split(' ');
const streetWord = streetWords.join('|');
/** The same, capitalised or not ("Park road"). */
const streetWordAnyCase = streetWords.map((word) => `[${word[0]}${word[0]!.toLowerCase()}]${word.slice(1)}`).join('|');
/** A young parent, who may be in care themselves ("the young mum", "the teen mother"). */
const youngParentWord = 'young (?:mum|mother|dad|father)|teen (?:mum|mother)';

const childAtPlace = new RegExp(
  String.raw`\b(the|that|this) ((${childOfAge}|year \d{1,2}|reception|[a-z]+(-[a-z]+)*) )?(${childWord}|${siblingWord}|family|care leaver|young lad|${youngParentWord}|sibling group( of (\d{1,2}|[a-z]+))?|(\d{1,2}|two|three|four|five) (boys|girls|lads|kids|children|teenagers|young people))( in care| in foster care)?\s+(at|in(?! (care|need|(my|our|the|this) (ward|area|borough|county|district|patch))\b)|on|from|who lives|living|next door|down|above|behind|there\b(?! (is|are|was|were|be|should)\b))\b`,
  'i',
);
/** A child picked out by something that happened to them ("the lad in care who got arrested on Friday"). */
const childWhoDidSomething = new RegExp(
  String.raw`\b(the|that) (?!an? )([a-z]+ )?(${childWord}|${generalChildWord}|${childOfAge}|${youngParentWord})( in care)? ((who|that|whos|who's) (just )?(got|was|has|had|been|went|ran|lives|stole|attacked|absconded|turned up|came|restrained|spoke|speaks|presented|attended)|(arrested|found|caught|picked up|stabbed|attacked|excluded|reported missing))\b`,
  'i',
);
/** A pupil picked out by school year and school ("a year 9 looked after pupil at St Aidan's"). */
const pupilAtNamedSchool =
  /\b((year|yr|y) ?\d{1,2}\b.{0,30}\b(boy|girl|lad|lass|pupil|student|child|kid)|(boy|girl|lad|lass|pupil|student|child|kid)s?\b.{0,20}\b(year|yr|y) ?\d{1,2})\b.{0,30}\bat (St\.? )?[A-Z][a-z]+/i;
/** A named adult ("Mrs Doyle"): the bot does not discuss individuals. */
const titledName = /\b(?:Mr|Mrs|Ms|Miss|Mx|mr|mrs|ms|miss)\.? ([A-Z][a-z]+|[a-z]{3,})/g;
/** Asking how one particular care leaver or child is getting on ("has the care leaver who started in parks got his…"). */
const particularPersonStatus = new RegExp(String.raw`\b(has|is|was|did|does|will) the (${childWord}|${generalChildWord})\b.{0,80}\b(his|her)\b`, 'i');
/** A first name as the subject of a question about a child ("Is Kayden still with the same foster carers?"). */
const nameAsSubject = /\b(?:[Ii]s|[Hh]as|[Ww]as|[Dd]oes|[Dd]id|[Ww]ill|[Cc]an|[Ss]hould|[Hh]ow is|[Hh]ow's|[Hh]ows|[Ww]here is|[Ww]here's)\s+(?:little |young |baby |our )?([A-Z][a-z]+)\s+(?:get|got|pass|passed|manage|managed|still|being|been|getting|doing|in|with|at|going|moved|settled|settling|ok|okay|safe|happy|allowed|coping|back|placed|living|staying|now)\b/g;
/** Asking which children of a named place, or on the council's list, are in care. */
const childrenOfAPlace =
  /\b(which|what|who are the) ([a-z]+ ){0,2}(children|kids|young people|families)\b.{0,60}\b(on (our|the) ([a-z ]{0,20})?list|names? of|names (and|&) (ages|schools?|addresses)|live in (my|our|this) ward|(from|on|in) the [A-Z][a-z]+ (estate|road|street|close|avenue))/i;
/** The only child of a kind in a place is as identifiable as a named one. */
const onlyOneInAPlace = new RegExp(
  String.raw`\bthe only ([a-z]+ ){0,2}(${childWord}|${generalChildWord}|looked after child|child in care|foster (family|carer)|family|uasc|asylum seeker|refugee)\b.{0,30}\b(living|placed|who lives|in|at|from|on)\b`,
  'i',
);
/** Initials written with full stops ("the care leaver D.R."). */
const dottedInitials = /\b([A-Z])\.\s?([A-Z])\.(?:\s?[A-Z]\.)?/g;
const ageAfterInitials = /^\s*(?:,|\()\s*(?:aged?\s+)?\d{1,2}\b/;
/** A name's possessive before a step in a child's care ("lilly-mae's adoption", "Jack's PEP"). */
const possessiveCareStep =
  /(?<!\bSt\.? )\b([A-Za-z]+(?:-[A-Za-z]+)?)'s ([a-z]+ |[A-Z]{2,4} ){0,2}(adoption|adopters?|placement|foster (placement|carers?|family|home)|care plan|pathway plan|pep|review|case|social worker|personal adviser|pa|iro|staying put|pupil premium( plus)?|pp\+|virtual school|school|tutor|health assessment|ehcp|flat|court (case|hearing)|contact (arrangements|visits?))\b/gi;
/** A child known by a name or nickname ("the care leaver called Kieran", "the lad everyone calls 'Smiler'"). */
const nickname = /\b(known as|(everyone|they|we|staff) calls? (him|her|them)?|nicknamed|goes by|called|named|name is)\s*['"‘“]?([A-Z][a-z]+)/g;
/** A child the asker knows: a neighbour's or a constituent's son or daughter. */
const someonesChild =
  /(?:\b(?:my|our|a|the|his|her|their) (?:family |close |old |best )?|\b[A-Z][a-z]+['’]s |^\s*|^\s*\w+\s*[-–:,]\s*)(neighbour|friend|mate|pal|constituent|colleague|cousin|sister|brother|niece|nephew)('?s'?)? (\d{1,2}[- ]?(year[- ]old|yo) |teenage |little |eldest |youngest |foster )?(son|daughter|stepson|stepdaughter|child|children|kids?|boy|girl|lad|lass|grandson|granddaughter|grandchild|grandchildren|grandkids?|nephew|niece|baby|little one)\b/i;
/** A parent or neighbour who told the asker about their own child ("a constituent on Elm Road says her son was taken into care", "a mum whose daughter…"). */
const childOfSomeoneWhoTold =
  /\b(constituent|resident|neighbour|parent|mum|mother|dad|father|gran|nan|grandparent|grandmother|grandfather)s?\b[^.?!]{0,40}\b((says|said|told me|tells me|has told me|mentioned|emailed|rang)\b[^.?!]{0,10}\b(her|his|their)|whose( \d{1,2} ?(yo|year old|yr old))?) (little |eldest |youngest |teenage )?(son|daughter|child|boy|girl|grandson|granddaughter|kids|children)\b/i;
/** Someone's child known by age ("her neighbour's 9 year old"): with words that put them in care, as identifiable as a name. */
const someonesChildByAge =
  /\b(my|our|a|the|his|her|their) (neighbour|friend|mate|constituent|colleague|cousin|sister|brother)('?s'?)? (\d|1[0-7])[- ]?(year[- ]old|yr old|yo)\b/i;
/** The asker's own relative in care ("my grand-daughter is in foster care… who is her IRO?"). */
const ownRelativeInCare =
  /\bmy (son|daughter|grand-?(son|daughter|child)|niece|nephew|brother|sister|little (boy|girl))\b.{0,40}\b(is|was|has been|went|got taken) (in|into) (foster )?care\b/i;
/** "If my daughter were in care…" is the good-enough-for-my-child test, not a case. */
const hypothetical = /\b(if|imagine|were|would|suppose|as though)\b/i;
/**
 * A first name typed without its apostrophe, before a relation or a step in their care ("jaydens brother"); not a
 * thing after an article ("the car park charges review", "the allotments review").
 */
const unmarkedPossessive =
  /(?<!\b(?:the|a|an|our|their|your|my|this|that|its|each|every)\s(?:[a-z]+\s){0,2})\b([a-z]{3,})s (brother|sister|brothers|sisters|mum|dad|nan|foster carers?|placement|pep|social worker|review|pathway plan|pa|iro|adoption)\b/gi;
/**
 * A name set off by commas and then described or followed by what happened ("a care leaver in my ward, Josh, hes 20",
 * "Ahmed, the 16-year-old", "Ollie, the young lad", "one of the care leavers at the foyer, Kieran, got evicted").
 */
const describedName = new RegExp(
  String.raw`(?:^|[,;:(]\s*|\s-\s*)([A-Z][a-z]+)\s*[,)-]\s*(?:he|she|hes|shes|he's|she's|who|aged|got|was|has|had|went|did|(?:the |a |an )?\d{1,2}\b|(?:the|a|an) (?:[a-z]+ )?(?:${childWord}|${generalChildWord})\b)`,
  'g',
);
/**
 * A child picked out by something that happened to them at a given time, or by how they look
 * ("the UASC girl found in the lorry in November", "the tall ginger lad with the bmx").
 */
const childAtATime = new RegExp(
  String.raw`\b(the|that) ((?!(?:a|an|the|of|for|to|and|or|is|are|was|were|cover|covers|apply|applies)\b)[a-z0-9-]+ ){0,3}(${childWord}|${generalChildWord}|${siblingWord}|uasc|${childOfAge})\b(?! (covenant|offer|team|service|services|forum|strategy|charter|week|grant|bursary|entitlements?|policy|hub)\b).{0,80}\b(last (night|week|weekend|month|year|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night| morning| evening| afternoon)?|in (january|february|march|april|may|june|july|august|september|october|november|december))\b`,
  'i',
);
const childByLooks = new RegExp(
  String.raw`\b((${childWord}|${generalChildWord}|the( [a-z-]+){0,3} one)\b.{0,20}\bwith (the|a) [a-z ]{0,20}(tattoo|bmx|bike|scooter|scar|hair|glasses|piercing|hoodie|braces|freckles)|(tall|short|ginger|blonde|blond|red haired|dark haired)( [a-z]+)? (${childWord}|kid))\b`,
  'i',
);
/** A child known by an initial at a named home ("R. at Highfield House"). */
const initialAtNamedHome = /(?<![A-Za-z.])[B-HJ-Z]\.?\s+(?:at|from|in) (?:the )?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Cc]hildren'?s [Hh]ome|[Hh]ouse|[Ll]odge|[Cc]ourt)\b/;
/** A child picked out by where they work or spend time ("the care leaver who cleans at the civic centre"). */
const childByWhereabouts = new RegExp(
  String.raw`(?:^|\b(?:the|that) (?:[a-z]+ )?)(${childWord}|${generalChildWord}|uasc)( in care)? (who|that) [a-z]+s (at|in|on|for|near|round|around) (the|a|our)\b`,
  'im',
);
/** A family by its surname and where it lives ("the Hendersons on the Brookfield estate"). */
const familyBySurname = /\b[Tt]he ([A-Z][a-zA-Z']+)s(?:['’,]| (?:on|in|at|from|next door|say|said|have|had|are|were|want|adopted|fostered|foster|took|look after|looked after)\b| \()/g;
/** The family a child lives with, by surname ("the little girl placed with the Robinsons"). */
const familyTheyLiveWith = /\b(?:placed|living|staying|fostered|lives|live) with [Tt]he ([A-Z][a-z]+)s\b/g;
/** A school year and a school typed in lower case ("yr 11 at hillside"). */
const yearAtSchool = /\b(?:year|yr) \d{1,2}\b.{0,10}\bat ([A-Za-z]+)/gi;
/** A household by its house number ("my neighbours at number 9… their children"). */
const householdByNumber =
  /\b(at|from|in|of) (number|no\.?|flat) \d{1,4}\b.{0,80}\b(child|children|kids?|baby|boy|girl|family|son|daughter|in need|in care)\b|\b(children|kids|family|boy|girl|baby)\b.{0,40}\b(at|from|in) (number|no\.?|flat) \d{1,4}\b/i;
/** Initials and an age ("L.M., 15"). */
const initialsAndAge = /\b[A-Z]\.\s?[A-Z]\.?,?\s*\d{1,2}\b/;
/** A case by surname ("the Pryce case"). */
const caseBySurname = /\b[Tt]he ([A-Z][a-zA-Z']+) (?:case|file|case file)\b/g;
/** "Which boy is it?" asks who one child is. */
const whichChildIsIt = new RegExp(String.raw`\bwhich (${childWord}|${generalChildWord}) (is|was) (it|he|she)\b|\bwhich one (is|was) (he|she)\b`, 'i');
/** Which of the children in a named ward, school or home something happened to ("which of the children in care in Westfield ward have been excluded"). */
const whichOfTheChildrenInANamedPlace =
  /\bwhich of (?:the|our) (?:children|kids|young people|care leavers|looked after children|foster children)\b.{0,40}\b(?:in|at|from) [A-Z][a-z]+ (?:ward|estate|school|academy|home|house)\b/;
/** Which children live at a named place ("which of our care leavers are living in the flats on Station Road?"). */
const whoLivesAtNamedPlace =
  /\b[Ww]hich (?:of (?:our|the) )?(?:children|kids|care leavers|young people|looked after children|foster children)\b.{0,30}\b(?:live|lives|living|placed|staying)\b.{0,25}\b(?:in|on|at|near) (?:the )?(?:[a-z]+ (?:on|in|at) )?[A-Z][a-z]+/;
/** Asking who lives at a place ("the home on Ashgrove Road and which young people live there"): with the place named, a list of children. */
const whoLivesThere = /\bwhich (?:children|kids|care leavers|young people|looked after children|foster children) (?:live|lives|are living|are placed|are staying|stay) there\b/i;
/** Asking after one person ("what's the story with him?"). */
const storyOfOnePerson = /\bwhat'?s the (story|deal|latest|news|situation) (with|on|about) (him|her)\b/i;
/** A group of siblings by their school years ("three siblings in years 4, 6 and 8"). */
const siblingsBySchoolYears = new RegExp(String.raw`\b(${siblingWord}) in (school )?years? \d{1,2}(, ?\d{1,2})*( and \d{1,2})?\b`, 'i');
/** Which of a group ("which of the kids there have been excluded?"): with a named place, particular children. */
const whichOfThem = /\bwhich of (the|our|those|these)( [a-z]+)? (kids|children|young people|residents|boys|girls|care leavers)\b|\bwhich of them\b|\bwhich (kids|children|young people|residents|boys|girls) (from|at|living at|placed at|there|in there)\b|\bwhich (child|kid|young person|boy|girl|lad|one) (was|were|is) (involved|arrested|taken|hurt|injured|missing)\b/i;
/** A name picked out of a group ("the named children at Meadow View, particularly Callum"). */
const particularName = /\b(?:particularly|especially|specifically|notably)\s+([A-Z][a-z]+)\b/g;
/** "Was it Tyler again?" */
const wasItName = /\b(?:[Ww]as|[Ii]s) it ([A-Z][a-z]+)\b/g;
/** One child singled out by a name: "baby Ava", "Jess (care leaver…)", "jayden k is…", "kai update?", "ifeoma - iro name?". */
const babyName = /\b(?:baby|little) ([A-Z][a-z]+)/g;
/** A first name typed in lower case after "baby" or a relation ("baby maisie", "foster carer janet on birch rd"). */
const lowerCaseNameAfterRelation =
  /\b(?:baby|little|foster carer|carer|son|daughter|grandson|granddaughter|nephew|niece)\s+([a-z]{3,})\b(?=\s*(?:\(|,|on|from|at|in|with|says|said|who|is|has|was|got|gets|had)\b|\s*\()/g;
/** Two first names in brackets after the children they name ("the two brothers placed out of county (Jack & Alfie)"). */
const namesInBrackets = /\(([A-Z][a-z]+)(?:,| (?:&|and)) [A-Z][a-z]+\)/g;
const nameThenDescription = /\b([A-Z][a-z]+)\s*\((?:care leaver|in care|looked after|foster|aged|\d|[Yy]\d|[Yy]r|[Yy]ear|the one|lives|who)/g;
const lowerCaseNameAndInitial = /\b([a-z]{3,}) (?![ai]\b)[a-z]\b(?=,| \(\s*\d| (?:is|has|was|entitled|got|gets|in|at|been|still|now|aged|used|who|lives|lived|\d))/g;
const lowerCaseNameFirst = /^\s*([a-z]{3,})\s*[-:–]\s/g;
/** A whole message that is a name and "update?" ("kai update?"). */
const nameUpdate = /^\s*([A-Za-z][a-z]{2,})\s+(?:update|news|latest)\s*\??\s*$/g;
/** A name right after the question word ("Is Ryan, the apprentice…", "Has Freya's bursary…"). */
const questionWordThenName = /(?:^|[.?!]\s+)(?:Is|Has|Was|Does|Did|Can|Could|Will|Should|Have|Are|Where's|Where is|How's|How is)\s+(?:little |young |baby |our )?([A-Z][a-z]{2,})\b/g;
/** A name's possessive ("Leon's complaint"). */
const namePossessive = /(?<!\bSt\.? )\b([A-Z][a-z]{2,})['’]s\b/g;
const lowerCaseDottedInitials = /\b[a-z]\.[a-z]\.?\s*\d{1,2}\b/;
/** The child, picked out by a named place ("the looked after boy with autism at Beechwood"). */
const childAtNamedPlace = new RegExp(
  String.raw`\b(?:the|that|this) (?:[a-z-]+ ){0,3}(?:${childWord}|${generalChildWord})\b[^.?!]{0,30}?\b(?:at|in|from|on) ([A-Z][a-z]+)`,
  'g',
);
/**
 * A first name in a question about someone's care: a capitalised word the articles never use, not at the
 * start of a sentence and not after a word that introduces a place or a title ("in Sheffield", "the Care Leaver Covenant").
 */
const capitalisedName = /(?<![.?!]\s|^|\b(?:in|at|from|near|across|around|of|on|by|the)\s|[A-Z][a-z]+\s)\b([A-Z][a-z]{2,})\b/g;
/** A step in one named person's care ("the pathway plan for Ryan O'Neill", "the PEP of Kai"). */
const careStepForName =
  /\b(?:pep|PEP|pathway plan|care plan|placement|review|case file|file|records?|health assessment|ehcp|court date|PP\+|pp\+|pupil premium(?: plus)?|bursary) (?:for|of|on) ([A-Z][a-z]*(?:'[A-Z])?[a-z]+)\b/g;
/** A name with an age: "Ben is 16", "Kai aged 12", "Ali, the 16 yr old UASC", "Ryan O'Neill, he's 19". */
const nameWithAge =
  /\b([A-Z][a-z]*(?:'[A-Z])?[a-z]+)(?: (?:is|was|turned|turns|just turned|aged?) \d{1,2}\b|, (?:the |a |an )?\d{1,2}[- ]?(?:yr|year|yo|y\/o)(?![a-z])|,? (?:he|she)(?:'s| is) \d{1,2}\b)/g;
/** A first name and surname typed in lower case, asked after on a register or in care ("is jordan mcallister on the risk register?"). */
const lowerCaseFullNameAsSubject =
  /\b(?:is|was|has)\s+([a-z]{3,}) ([a-z]{3,})\s+(?:on (?:the|a|our) (?:[a-z]+ ){0,3}(?:register|list|plan|radar)|still (?:in|on|at|with)|in care|looked after)\b/gi;
/** A first name typed in lower case, then the child's age ("has kieran the 16yo at brookside got a PA?"). */
const lowerCaseNameWithAge = /\b([a-z]{3,}),? the \d{1,2}[- ]?(?:yr|year|yo)\b/g;
/** Initials asked after as someone something happened to ("has DM been given a flat yet?"). */
const initialsAsSubject = /\b(?:[Hh]as|[Hh]ave|[Ii]s|[Ww]as|[Dd]id|[Dd]oes|[Ww]ill|[Cc]an)\s+([A-Z]{2})\s+(?:been|got|get|had|have|moved|left|still|now|gone|started)\b/g;
/** A child of a given age at a named school, home or place ("the 8-year-old with autism from Hill View Primary"). */
const agedChildAtNamedPlace = /\b(?:[Aa]|[Aa]n|[Tt]he) \d{1,2}[- ]?(?:yo|year[- ]old|yr old)\b.{0,30}?\b(?:on|in|at|from)(?: the)? (?:St\.? )?([A-Z][a-z]+)\b/g;
/** The child of a given age in a town ("the 12 year old girl placed out of area in Blackpool"); "a 14 year old in Leeds" is any child. */
const theAgedChildInATown = /\b[Tt]he \d{1,2}[- ]?(?:yo|year[- ]old|yr old)\b.{0,40}?\b(?:in|at|from) ([A-Z][a-z]+)\b/g;
/** "A care leaver told me she's been moved three times": what happened to someone who is not named. */
const unnamedInformant = new RegExp(
  String.raw`\b(a|an|one) (${childWord}|${generalChildWord}|child in care)\b[^.?!]{0,20}\b(told|tells|said|says|mentioned)\b`,
  'i',
);
/**
 * What has happened to one child, asked with he or she ("has he gone missing again?", "she's been placed"):
 * on its own this singles a child out. "They" is left alone because it usually means children in general,
 * and "the young man she's fostered" is what a carer did, not what happened to her.
 */
const eventInOnesLife =
  /\b((has|had|did|is|was) (he|she) (gone|been|run|ran|left|moved|absconded)|((?<!\b(man|woman|boy|girl|lad|lass|child|children|kids?|teenagers?|people|person|ones?|those|whom?|that) )(he|she)('s| was| has been| had been)|(is|was) (he|she) (going to be|being)) (been )?(taken|placed|moved|adopted|fostered|removed))\b/i;
/** How one child is now ("is she still in care?", "is he settling?"): one sign among others, not enough alone. */
const stateOfOnesLife =
  /\b((is|has|was|did) (he|she) (still|now|being|had|got|going|settling|doing|getting on|coping|ok|okay|alright|all right|safe|well)|(from|at|in) number \d{1,4}|who (is|was) (he|she)(?= and\b|\s*[?!.]|\s*$))\b/i;
/** A particular child or small group, as opposed to children in general. */
const particularChildren = new RegExp(
  String.raw`\b((the|that|this) (?!an? )(two |three |four |\d )?([a-z]+ )?(${childWord}|${siblingWord})|(the|those|these|their) (\d|two|three|four|five|six) (kids|children|young people|residents))\b`,
  'i',
);
/** How to find or reach a person: their name, address or phone number. */
const contactDetailWord = 'names?|addresses|address|adresses|adress|contact details|phone numbers?';
/**
 * Asking the bot to hand over people's names, addresses or contact details, or a list of the children themselves:
 * "names pls", a list "by name and age", "what's her name and the address?".
 */
const requestForPersonalData = new RegExp(
  String.raw`(?:^|[.?!,;:–-]\s*|\b(?:please|pls|can you|could you|would you|will you)\s+)(give|send|tell|show|list|email|forward) (me|us) (the |their |his |her |a list of (the )?)?(placement |home |foster )?(${contactDetailWord}|dates? of birth)\b|\blist (the |their )?names? (and|&) (ages|addresses|schools|dates of birth)\b|\b(what are|list|give me|send me|tell me) the names of (all )?(the |our )?(children|kids|young people|care leavers|looked after children|foster children)\b|\b(i['’]?d like|i would like|i want|i need|can i (have|get)|could i (have|get)) (their|his|her) (full )?(${contactDetailWord})\b|\blist (of|with) (all )?(the |our )?(children|kids|young people|care leavers|looked after children|foster children|families)\b(?!['’]s| homes?\b| services\b)|\b(?<!\b(?:partners?|organisations?|agencies|bodies|acts?|laws?|councils?|guides?|documents?|reports?)\b.{0,60})names?,? (pls|please|plz)\b|\b(list|give|send|tell)\b.{0,80}\bby names?\b|\b(his|her|their) name and (the |his |her |their )?address\b|\bwhat('?s| is) (his|her|their) (home )?address\b`,
  'i',
);
/** What identifies one person in a record: a date of birth, a surname, a case reference. */
const recordIdentifiers =
  /\b(dob|d\.o\.b\.?|date of birth|born on|surname|case (ref|reference|number|no)\.?|ref(erence)? (no|number)\.?|nhs number|ref\.? ?(no\.? ?)?[\d/]{4,}|(child|case|record|client|person|pupil) (id|ref|no)\.? ?#?\d{4,}|initials [A-Z]{2,3}|born (in|around|about|on) (\d{4}|\d{1,2}(st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december))\b|\b[A-Z]{2,5}[-/]?\d{5,}\b|\bref(erence)?\.? ?[A-Z]{2,5}[-/]\d{2,}/i;
/** Asking for the names or contact details of a child's family or carers ("the birth parents' names"). */
const familyNamesOrDetails = new RegExp(String.raw`\b(birth parents?|parents?|mums?|dads?|birth family|foster carers?)['’]?s? (${contactDetailWord})\b`, 'i');
/** A child known by initials and an age or school year in brackets ("M (15)", "DJ (17)", "K. (Y11)"). */
const initialWithAgeOrYear = /\b[A-Z]{1,2}\.?\s*\(\s*(aged\s+|[Yy]|[Yy]r|[Yy]ear\s?)?\d{1,2}\s*\)/;
/** Asking for children's results or records with their names ("the individual GCSE results, with names"). */
const resultsWithNames = /\b(with (their )?names|(results|grades|records)\b.{0,80}\bby name|names and (results|grades|addresses)|individual (gcse |exam |sats )?(results|grades|records))\b/i;
/** A child known by an initial ("baby R", "young person K", "Child B"); "the young person I met" is not one. */
const childByInitial = new RegExp(String.raw`\b(?:${childWord}|${generalChildWord}|[BC]aby|Child|Young person) (?!I\b)[A-Z]\b(?![a-z'’.])`);
/** One child brought up by where they live ("There's a lad at the children's home on my road…"). */
const childIntroducedByPlace = new RegExp(
  String.raw`\bthere(?:'|’)?s (a|this|one) (${childWord}|young person|care leaver|kid)( in care)? (at|on|from|living (at|on|in)|who lives (at|on|in)|placed (at|on|in)) (the|my|our|number|no\.?|\d)`,
  'i',
);
/** Someone's children counted and in care ("her 2 kids in care in Doncaster", "her 3 kids were put under s20"). */
const someonesChildrenInCare =
  /\b(her|his|their) (\d{1,2}|two|three|four|five|six) (kids|children|boys|girls|sons|daughters|little ones)( who are| that are|,)? ((in care|in foster care|fostered|placed|looked after|in a children'?s home)|(were|was|have been|had been|got) (put|placed|taken|accommodated) (into care|in care|under (s|section) ?20|in foster care))\b/i;
/** Children asked after by the street they live on ("how many of our looked after children live on Hawthorn Street?"). */
const childrenOnANamedStreet = new RegExp(
  String.raw`\b(children|kids|young people|care leavers|families)\b.{0,40}\b(live|lives|living|placed|staying|housed) (on|in|at) (the )?[A-Z][a-z]+ (${streetWord}|[Ee]state|Rd|St)\b`,
);
/** One person picked out by where they are ("the one placed in Ashford"). */
const theOneAtAPlace = /\bthe one (who is |who's |whos |that's |thats )?(placed|living|staying|fostered|housed|in care|in foster care|in the (flat|house|hostel|home)) (in|at|on|with|near)\b/i;
/** A young person picked out by where they live ("the young person in the flat above the chippy"). */
const youngPersonAtHome = /\bthe young person (in|at) (the|a) (flat|house|hostel|bedsit)\b|\bthe young person (above|below|next door|living above|who lives)\b/i;
/** One child's records by initial ("R's health assessment"). */
const initialsRecords = /\b[A-Z]['’]s (?:[a-z]+ )?(care plan|pathway plan|pep|PEP|health assessment|placement|review|file|records?)\b/;
/** An asylum-seeking young person picked out by age or place ("that young asylum seeker from Eritrea who's 17"). */
const particularAsylumSeeker =
  /\b(the|that|this) ([a-z]+ )?(asylum seeker|refugee|uasc|unaccompanied (child|minor))\b.{0,60}\b(who'?s|whos|who is|aged) \d{1,2}\b/i;
/**
 * Asking for the details of one person's case ("can you give me the case details so I can help?", "what's his case
 * history?", "tell me what the social worker wrote").
 */
const caseDetailsRequest =
  /\b(can|could|would|will) you (please )?(give|send|show|tell|forward|email) (me|us) (the |her |his |their )?case (details|file|notes|history)\b|\b(what'?s|what is|what are|tell me|give me|send me|show me|share) (his|her) case (history|file|notes|details|records?)\b|\btell me what (the|her|his|their) social worker (wrote|said|recorded|put)\b|\b(tell me|what happened|update me|details|more) (about|in|on|of) the case of (the|a|that|this|those) (twins|siblings|brothers|sisters|boy|girl|lad|lass|kids|children|child|family|teenager|young person|care leaver|baby)\b/i;
/** Asking the bot to look into one person's case ("can you look into her case?"). */
const lookIntoTheirCase = /\b(look into|looking into|look up|check on|check|chase( up)?|follow up|sort out) (his|her|their) (case|situation|file|complaint|placement|account|records?)\b/i;
/** A nickname the staff use ("'Little Man'… the staff all call him that"). */
const staffNickname = /\b(staff|everyone|they|we|people|the lads|the girls) (all )?call (him|her) that\b/i;
/** Asking where one child is now ("can you confirm where he is?"). */
const whereOneChildIs =
  /\b(confirm|tell me|find out|check|let me know) where ((he|she) (is|lives|is living|is placed|is staying|has been (moved|placed|taken))|(the|his|her|their) (kids|children|grandkids|grandchildren|boys|girls|twins|siblings) (are|were) (placed|living|staying))\b/i;
/** Asking who one child is with, or what has happened to someone's child ("which foster carer is he with?", "has her little boy been taken into care?"). */
const whoOneChildIsWith = new RegExp(
  String.raw`\bwhich (foster carers?|foster family|carers?|placement|home|school|social worker) (is|are) (he|she) (with|at|in)\b|\b(has|have|was|were) (his|her|their) (little |baby |eldest |youngest )?(son|daughter|${childWord}|child|kids?|children) (been )?(taken|placed|moved|removed|adopted)\b`,
  'i',
);
/** An asylum seeker picked out by where they are placed ("the young Afghan asylum seeker placed at the Elms"). */
const asylumSeekerAtNamedPlace =
  /\b(?:[Tt]he|[Tt]hat|[Tt]his) (?:[A-Za-z]+ ){0,2}(?:asylum seeker|refugee|UASC|uasc)\b.{0,40}\b(?:placed|living|staying|lives) (?:at|in|with) (?:the )?[A-Z][a-z]+/;
/** Which carers in a place have room for a child ("Which foster carers in Northfield ward have a spare bed right now?"). */
const carersWithRoom =
  /\bwhich (foster carers?|foster famil(y|ies)|carers|children'?s homes?) (in|on|near|around|round) [^.?!]{0,40}\b(have|has|have got|has got|with)( a| any)? (spare (bed|beds|room|rooms)|vacanc(y|ies)|space|room|a bed|beds)\b/i;
/** Which carers have particular children ("Which foster carer has the two little girls from Brick Lane?"). */
const whoHasTheChildren = new RegExp(
  String.raw`\bwhich (foster carers?|foster family|carers?|family|home) (has|have|is looking after|looks after|took|is fostering) (the|those|these) (two |three |four |\d )?(little |young )?(${childWord}|girls|boys|kids|children|siblings|twins|brothers|sisters)\b`,
  'i',
);
/** Asking who works with one child ("can you tell me who her social worker is?"). */
const whoWorksWithThem =
  /\b(who|what)(['’]?s| is)? (his|her) (social worker|pa|personal adviser|iro|independent reviewing officer|foster carers?|carers?|key worker|teacher|designated teacher)( is)?\b|\b(social worker|personal adviser|iro|foster carer|key worker)['’]?s names? (for|of)\b|\b(give|send|tell|get|find) me (the|their|his|her) (social worker|personal adviser|pa|iro|foster carer|key worker)['’]?s? (names?|numbers?|contact details|email( address)?)\b/i;
/** A parent's own child with an age in brackets ("her son (14, in care)"). */
const childWithAgeInBrackets = /\b(her|his|their|my) (son|daughter|child|grandson|granddaughter|boy|girl)\s*\(\s*(aged\s*)?\d{1,2}\b/i;
/** An initial with an age ("K 15 at the children's home", "J aged 9 gone missing"); Y is a school year ("Y 11"). */
const initialWithAge =
  /(?<![.'’-])\b[B-HJ-XZ],?\s+(?:aged\s+)?\d{1,2}\b(?![%:]|\.\d|\s*[-–]|\s+(?:am|pm|mins?|minutes|hours?|days?|weeks?|months?|years?|times|and|or|to)\b)/;
/** A child, typed with a bare age, doing something or somewhere ("lad 16 from the kids home arrested last nite"). */
const childWithBareAge = new RegExp(
  String.raw`(?<!\b(?:${supposing}) (?:an? )?)\b(?:${childWord}|kid),?\s+\d{1,2}\s+(?:from|at|in|on|who|whos|is|was|has|had|got|gone|arrested|missing|placed|living|lives)\b`,
  'i',
);
/** A child at a school named in lower case or with capitals ("girl at st marys primary", "a boy from St Bede's"). */
const childAtNamedSchool = new RegExp(
  String.raw`\b(?:${childWord}|kid|child|pupil) (?:at|from) (?:St\.? [A-Z][a-z]+|st\.? [a-z]+ (?:primary|academy|school|juniors|infants|high)\b)`,
  'i',
);
/** Which child an incident was about ("which boy was the self harm incident about?"). */
const whichChildItWasAbout = /\bwhich (child|kid|young person|boy|girl|lad|lass|resident|one) (was|is|were) (the|that|this) [a-z -]{0,40}\b(about|involving)\b/i;
/** Dotted initials with a school year ("M.K. in Year 11"). */
const initialsInSchoolYear = /\b[A-Z]\.\s?[A-Z]\.?,?\s+(in\s+)?([Yy]ear|[Yy]r)\s?\d{1,2}\b/;
/** One child's records, which nobody may ask the bot to read. */
const childRecord = '(care plan|health plan|pathway plan|pep|placement plan|case (file|notes)|file|records?|health assessment|review (notes|minutes|report))';
/** Asking to read one child's records ("what does her care plan say?", "can I see his PEP?", "look at his health plan"). */
const oneChildsRecords = new RegExp(
  `\\b((what|wot) (does|did|do) (his|her) ${childRecord} (say|said|show|contain)|((can|could|may) i (see|read|have|get)|(show|send|give|forward|email) me|look at|check|pull up|find) (his|her) ${childRecord})\\b`,
  'i',
);
/** Asking for the records of particular children ("the health assessment results for the sibling group of four", "the care plan for the 11-year-old"). */
const recordsOfParticularChildren = new RegExp(
  `\\b((give|send|show|tell) (me|us)|(can|could|may) i (see|read|have|get)|(can|could|would) you (pull up|find|get|send|show)) (the )?(${childRecord}|case|results|details)\\b.{0,40}\\b(for|of|about) (the |this |that )?(little |young |baby |eldest |youngest )?(sibling group|${siblingWord}|${childWord}|${generalChildWord}|family|kids|${childOfAge})\\b`,
  'i',
);
/** Words that put one child in the care system now (not "wants to foster"). */
const inCareNow =
  /\b(in care|into care|looked after|care leaver|fostered|placement|placed|adopted|social worker|personal adviser|pathway plan|pep|children'?s home|residential (home|unit|placement)|foster (home|family|placement|care))\b/i;
/** A relation followed by a first name ("my neighbour's son Liam", "the care leaver Jodie"). */
const relationThenName = new RegExp(
  String.raw`\b(?:son|daughter|grandson|granddaughter|nephew|niece|brother|sister|${childWord}|${generalChildWord})\s+([A-Z][a-z]+)\b`,
  'g',
);
/** A child known through a parent or carer the asker met ("the girl whose mum came to my Friday surgery"). */
const childOfSomeoneMet = new RegExp(
  String.raw`\b(the|that) (${childWord}|${generalChildWord})\b whose (mum|mother|dad|father|parents?|nan|gran|grandma|grandad|carer|foster carers?|aunt|uncle) (came|come|spoke|rang|phoned|called|emailed|wrote|visited|contacted|messaged|stopped)\b`,
  'i',
);
/** A child the asker has raised before ("the lad I mentioned last week", "the family I told you about"). */
const someoneMentionedBefore = new RegExp(
  String.raw`\b(the|that) (${childWord}|${generalChildWord}|${siblingWord}|family)\b.{0,20}\b(i|we) (mentioned|told you about|spoke about|talked about|raised|emailed)\b`,
  'i',
);
/** A name in quotes ("how 'Little Mo' is settling in"). */
const quotedName = /['"‘“]((?:little |big |baby )?[A-Z][a-z]*(?: [A-Z][a-z]*){0,2})['"’”]/g;
/** A first name typed in lower case, asked after with he or she ("did shanice get her pathway plan?"). */
const lowerCaseNameAsSubject =
  /\b(?:did|has|is|was|does|hows|how is|where is|wheres)\s+([a-z]{3,})\s+(?:get|got|have|had|still|been|getting|doing|moved|settled|settling|ok|okay|coping|gone|from|who|whos)\b/g;
const thirdPerson = /\b(he|she|his|her|him|hes|shes|he's|she's)\b/i;
/** One person, not children in general: a pronoun or a single child. */
const aboutOnePerson = new RegExp(
  String.raw`\b(he|she|his|her|him|hes|shes|he's|she's|boy|girl|lad|lass|son|daughter|baby|grandson|granddaughter|child|kid|teenager|${agedOne}|\d{1,2}[- ]?(year[- ]old|yo)|(who is|who's|whos) \d{1,2}|whose (mum|dad|mother|father|parents?))\b`,
  'i',
);
/** Initials with a school year or place ("JW at Hillside Academy, yr 11"). */
const initialsWithDetail = new RegExp(
  String.raw`\b([A-Z]{2,3})\b(?=.{0,60}\b(yr \d{1,2}|year \d{1,2}|${agedOne}|age \d{1,2}\b|\d{1,2} years? old|(at|from) (the )?[A-Z][a-z]+|,\s*(a )?(care leaver|in care)|works at)|\s*\(\s*(a )?(care leaver|in care|looked after)\b|\s*\(\s*(aged? )?\d{1,2}\b)`,
  'g',
);
/** A double-barrelled first name ("Tyler-Jay", "Lilly-Mae"). */
const hyphenatedName = /\b([A-Za-z][a-z]+)-([A-Za-z][a-z]+)\b/g;
/** A determiner up to two words before a word, which makes it a thing rather than a name ("our own health deep-dive"). */
const determinerBefore = /\b(a|an|the|our|my|your|their|this|that|its)( (?!(?:was|is|were|are|has|had|and|or)\b)[a-z]+){0,2} $/;
/** Two people's initials together ("LB and JB"). */
const initialsPair = /\b([A-Z]{2})\s+(?:and|&)\s+([A-Z]{2})\b/g;
const someoneAtNamedPlace =
  /\b(the|that|this) (child|kid|young person|youngster|family|foster carers?|foster family|member of staff|staff member|support worker|care worker|residential worker|home manager)\s+(at|from|on|who lives|living|next door)\s+(number|no\.?|flat|\d|[A-Z][a-z]+)/;
const caseDetails =
  /\b(child protection plan|cp plan|case file|case notes|case details)\b.{0,40}\b(for|of|on|about) (the|this|that) (family|child|boy|girl)\b/i;
const namedFamily = /\b[Tt]he (?:two |three |four |five |\d+ |eldest |youngest |oldest |middle )?(?:little |young |baby )?(?:[Yy]ear \d{1,2} )?([A-Z](?:[a-z]|['’][A-Z])[a-zA-Z']*) (family|children|kids|boys?|girls?|lads?|lass|brothers|sisters|siblings|twins|household|baby)\b/;
const familyPossessive = /\b[Tt]he ([A-Z][a-z]+) family['’]s\b/g;
/**
 * Asking for where a child or their carers live or how to reach them; not someone else's request, or details someone
 * else sent, that the member asks about ("a resident asked me for the address…", "a resident emailed me the names and address…").
 */
const personalDetails =
  /(?<!\b(?:asked|asking|asks|wants|wanted|requested|request|requests|emailed|sent|gave|forwarded|passed) (?:me |us )?(?:for )?(?:the |an |their )?(?:names? and )?)\b(address|home address|phone number|contact details|where (do|does) (they|he|she) live)\b.{0,40}\b(foster (family|carers?|parents?)|carers?|child|boy|girl|young person|family)\b/i;
const namedStreet = new RegExp(String.raw`\b(on|in|at|from|near|off) (the )?([A-Z][a-z]+ )?[A-Z][a-z]+ (${streetWordAnyCase}|[Ee]state|St|Rd|Ave)\b`);
/** One family by the place it lives ("a family in Greenhill ward", "the family from Westfield"). */
const familyInANamedPlace = /\b([Aa]|[Tt]he|[Oo]ne|[Tt]his|[Tt]hat) family (in|on|from|at) (the )?[A-Z][a-z]+/;
/** A family known by its street ("the Leigh Road family"). */
const familyByStreet = new RegExp(String.raw`\b[Tt]he (?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:${streetWord}|Rd|St) (?:family|families|children|kids|boys|girls|household)\b`);
/** Two capitalised words in a row (pairs overlap, so "Has Kayden Smith" yields "Kayden Smith"). */
/** A first name and surname; the surname may be an O'Neill, a McDonald or a MacLeod. */
const fullName = /\b([A-Z][a-z]+) (?=((?:O['’]|Mc|Mac)?[A-Z][a-z]+)\b)/g;
const aboutOneChild =
  /\b(boy|girl|lad|lass|son|daughter|kid|child|teenager|teen|baby|toddler|placed|aged \d+|\d+ years? old|in care|staying put|staying close|residential (home|unit|placement)|in (our|council|the council|the councils) care|into care|foster\w*|placement|missing|looked after|care leavers?|left care|leaving care|personal adviser|pathway plan|social worker|adopt\w*|kinship|sgo|pep|pa|lac|cla|cic|iro|(lac|cla|care|health) review|pupil premium|pp\+|virtual school|uasc|asylum|unaccompanied|children'?s home|local offer|care order|independent visitor|special guardians?|ehcp|cse|exploitation|at risk|reg 44|vsh|cicc|bursary|birth (mum|mother|dad|father|parents?|family))\b/i;
const namedHome = new RegExp(
  String.raw`\b(?!(?:The|A|An|Our|This|That|Their|His|Her|My|Your)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Cc]hildren'?s [Hh]ome|[Hh]ouse|[Ll]odge|care home|[Cc]ourt)\b` +
    // Typed in lower case, a home is named by its street ("the mill lane children's home").
    String.raw`|\bthe [a-z]+ (?:${streetWordAnyCase}) children'?s home\b|\bchildren'?s home (?:on|in|off) [a-z]+ (?:${streetWordAnyCase})\b`,
);
/** Where one child lives, by the place's name ("I think he lives at The Elms"). */
const livesAtNamedPlace = /\b(he|she) (lives|is living|is placed|is staying|stays) (at|in|on) (the )?[A-Z][a-z]+/;
const ageMention = new RegExp(
  String.raw`(?<!\b(?:${supposing}) an? )\b${childOfAge}\b|\b(?:care leaver|mum|lad|lass|boy|girl|young (?:person|man|woman)|teenager),? \d{1,2},|\b(?<!\b(?:${supposing}) an? (?:[a-z]+ ){1,3})${agedOne}|\b(?:she|he|who)(?:'?s| is) \d{1,2}\b(?! (?:years|weeks|months|days|hours|minutes|times|of)\b)|\b(lad|lass|boy|girl|child|kid|teenager) of (about |around )?\d{1,2}\b`,
  'i',
);

/** A name described by a care status ("Tyler from the Beechwood estate, care leaver, 19", "Jade, a child in care"). */
const nameThenCareStatus =
  /\b([A-Z][a-z]+|[A-Z]{2,3})(?: from [^,.?!]{1,30})?, (?:a |the |our )?(?:care leaver|child in care|looked after child|foster child|care experienced|UASC|uasc|asylum seeker|refugee)\b/g;
/** A sentence that opens with a name and puts them in care ("Liam in our housing team is a care leaver"). */
const nameIsInCare =
  /(?:^|[.?!]\s+)([A-Z][a-z]+)(?: [a-z]+){0,5} (?:is|was) (?:a |an |now |still )?(?:care leaver|looked after|in care|in foster care|fostered|care experienced)\b/g;
/** A message that opens with a name and says who they are ("Liam who chairs our Children in Care Council is struggling…"). */
const nameWhoAtStart = /^\s*([A-Z][a-z]+) (?:who|whos|who's|that) /g;
/** A message that opens with a name, where they are from and what they said ("Josh from the children in care council told me…"). */
const nameFromGroupAtStart = /^\s*([A-Z][a-z]+) from (?:the|our) [^.?!,]{0,40}\b(?:told|tells|said|says|messaged|emailed|texted|rang|called|asked|wrote)\b/g;
/** Someone the asker knows fosters or adopted particular children ("my neighbour fosters two siblings, 6 and 9"). */
const knownCarerOfChildren = new RegExp(
  String.raw`\b(my|our) (neighbour|friend|mate|constituent|colleague|cousin|sister|brother)('?s)? (fosters|is fostering|has fostered|fostered|adopted|has adopted|looks after)\b.{0,30}\b(${siblingWord}|${childWord}|child|kids?|children|\d{1,2})\b`,
  'i',
);
/** Why particular children came into care, their background, or what will happen to them ("why is he in care?", "what's her background?", "are they going to be adopted?"). */
const whyTheyCameIntoCare =
  /\b((why|how|when) (did )?(they|he|she) (came|come|went|go|ended up|end up) (into|in) care|why (they|he|she)(['’]?re|['’]?s| are| is| were| was) (in|into) care|why (were|was) (they|he|she) (taken|brought|put) into care|why (is|was|are|were) (he|she|they) (still )?(in|into) care|(what'?s|what is|what was) (his|her) (background|history|story)|(are|is) (they|he|she) (going to be|being|getting) (adopted|moved|placed|split up|returned home|sent home))\b/i;
/** Visiting or contacting someone by name at a place ("Can I visit Tyler at Oakwood?"). */
const visitNameAtPlace = /\b(?:visit|see|meet|contact|call|ring|email|write to)\s+([A-Z][a-z]+)\s+(?:at|in|from)\b/g;
/** A name as what a meeting or a worry was about ("the strategy meeting about Kyle"). */
const meetingAboutName = /\b(?:meeting|discussion|referral|concerns?|worries|report|update) (?:about|on|for|regarding|re) ([A-Z][a-z]+)\b/g;
/** A meeting about one child, picked out by age or as a girl or boy ("the strategy meeting about the 13 year old looked after girl"). */
const meetingAboutOneChild = new RegExp(
  String.raw`\b(strategy meeting|meeting|discussion|case conference|referral) (about|on|for|regarding) (the|that|this) ([a-z0-9-]+ ){0,4}?(${childWord}|${childOfAge})\b`,
  'i',
);
/** Names given outright ("their names are Lily and Jack Harper"). */
const namesGiven = /\b(?:[Tt]heir|[Hh]is|[Hh]er|[Tt]he child'?s|[Tt]he children'?s|[Tt]he kids'?) names? (?:is|are|was|were) ([A-Z][a-z]+)/g;
/** What someone said or wrote about a named person ("what did the independent visitor say about Harvey?"). */
const saidAboutName = /\b(?:say|said|says|wrote|written|reported|think|thinks|thought) about ([A-Z][a-z]+)\b/g;
/** A name from a named home ("Tyler from the Beech House children's home"). */
const nameFromNamedHome = /\b([A-Z][a-z]+) (?:from|at|in) (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:[Cc]hildren'?s [Hh]ome|[Cc]are [Hh]ome|[Rr]esidential [Hh]ome|[Hh]ouse|[Ll]odge)\b/g;
/** A name at a named place ("the pupil premium plus spent on Jacob at Hillside Primary"). */
const nameAtNamedPlace = /\b(?:on|for|about|with|around|regarding|re) ([A-Z][a-z]+) at (?:the )?(?:St\.? )?[A-Z][a-z]+/g;
/** Asking after a name from a group or place ("Is Liam from the care leavers' drop-in still in temporary accommodation?"). */
const askedAfterNameFrom = /\b(?:[Ii]s|[Hh]as|[Ww]as|[Dd]id|[Dd]oes|[Cc]an|[Ww]ill)\s+([A-Z][a-z]{2,}) from (?:the|our|my|[A-Z][a-z]+)\b/g;
/** Asking whether someone named is safe or well ("Is Zoe safe?"). */
const nameIsWell = /\b(?:[Ii]s|[Ww]as) ([A-Z][a-z]+) (?:safe|ok|okay|alright|all right|happy|coping|settled|well)\b/g;
/** Asking which carers, home or school a named child is with ("which foster carers is kieran walsh with now?"). */
const whoIsNameWith = /\bwhich (?:foster carers?|foster family|carers|placement|home|school|social worker) (?:is|are) ([A-Za-z]{3,}) /gi;
/** A name with a school year ("Kian in Y4"). */
const nameInSchoolYear = /\b([A-Z][a-z]+) in (?:Y|Yr|Year|year|yr) ?\d{1,2}\b/g;
/** Why or when a first name typed in lower case was moved, placed or taken ("why was liam moved out of hillside"). */
const lowerCaseNameEvent = /\b(?:why|when|where|how) (?:was|is|has|were|did)\s+([a-z]{3,})\s+(?:moved|placed|taken|excluded|arrested|found|sent|removed|put)\b/g;
/** A first name typed in lower case after "check if" ("can u check if jack from the childrens home has got a PA"). */
const lowerCaseNameChecked = /\b(?:check if|check whether|find out if|whether)\s+([a-z]{3,})\s+(?:from|at|in|has|is|was|got|gets)\b/g;
/** A first name typed in lower case, then where they live ("zak from the childrens home on mill lane"). */
const lowerCaseNameFromPlace = /\b([a-z]{3,}) from the (?:[a-z]+ ){0,3}(?:children'?s home|home(?! office)|estate|unit|hostel)\b/g;
/** A first name typed in lower case that opens the message ("chloe who left care last year…"). */
const lowerCaseNameOpening = /^\s*([a-z]{3,}) (?:who|whos|that) (?:left|lives|lived|is|was|has|had|came|went|used|moved)\b/g;
/** A name with an initial ("Liam B's PEP"), and asking after a name ("the latest on kayden"). */
const nameWithInitial = /\b([A-Z][a-z]+)\s+[A-Z]\.?(?=[\s,)]|['’]s\b|$)/g;
// Typed in lower case, a name ends the phrase ("the latest on kayden?", "heard about tyler's move"); a word that runs on
// into a noun describes a topic ("news about teenage asylum seekers").
const askingAfterName =
  /\b(?:[Hh]appening|[Gg]oing on|[Uu]pdate|[Nn]ews|[Hh]eard|[Ll]atest)\s+(?:with|w\/?|on|about)\s+([A-Z][A-Za-z]+|[a-z]+(?=(?:\s+[a-z]+)?(?:\s*(?:[?.!,;:)]|$)|['’]s\b|\s+(?:is|has|was|at|in|from|who|and|since|now|been|got|doing)\b)))\b/g;
/** A name and an age ("Tyler (15)", "chloe, 12"); the age is the second group. */
const nameAndAge = /\b([A-Za-z][a-z]+(?:[A-Z][a-z]+)?)\s*(?:,|\()\s*(?:aged?\s+)?(\d{1,2})\s*(?:,|\)|yo\b|years?\b|$)/g;

/** Signs that on their own single out one child, family or record. */
const strongSignals: readonly RegExp[] = [
  streetAddress, postcode, childAtPlace, someoneAtNamedPlace, personalDetails, childrenOfAPlace, onlyOneInAPlace, siblingsBySchoolYears,
  requestForPersonalData, recordIdentifiers, pupilAtNamedSchool, householdByNumber, whichChildIsIt,
  initialsAndAge, childAtATime, childByLooks, childByWhereabouts, particularPersonStatus, someoneMentionedBefore, childOfSomeoneMet, childWhoDidSomething,
  oneChildsRecords, whoWorksWithThem, childWithAgeInBrackets, initialsInSchoolYear, recordsOfParticularChildren, familyNamesOrDetails,
  initialWithAgeOrYear, initialWithAge, carersWithRoom, whichChildItWasAbout, childWithBareAge, childAtNamedSchool, resultsWithNames, initialsRecords, particularAsylumSeeker, asylumSeekerAtNamedPlace, lookIntoTheirCase, staffNickname, whereOneChildIs, whoOneChildIsWith, meetingAboutOneChild, caseDetailsRequest, childByInitial, youngPersonAtHome, familyByStreet, whoLivesAtNamedPlace, storyOfOnePerson,
  theOneAtAPlace, childIntroducedByPlace, someonesChildrenInCare, childrenOnANamedStreet, initialAtNamedHome, whichOfTheChildrenInANamedPlace, whoHasTheChildren,
];
/** Places in a question where a name (the first group) picks out a person, whatever the question is about. */
const nameSlots: readonly RegExp[] = [
  agedChildAtNamedPlace, careStepForName, nameWithAge, lowerCaseNameWithAge, familyBySurname, familyTheyLiveWith, wasItName, babyName, caseBySurname,
  nameThenDescription, namesInBrackets, lowerCaseNameAndInitial, titledName, relationThenName, nameWithInitial, nameUpdate, particularName,
  nameThenCareStatus, nameWhoAtStart, nameFromGroupAtStart, nameIsWell, whoIsNameWith, nameInSchoolYear, visitNameAtPlace, nameFromNamedHome, namesGiven, askedAfterNameFrom, nameIsInCare,
];
/** Places where a name picks out a child when the question is about a child's care. */
const nameSlotsAboutAChild: readonly RegExp[] = [nameAsSubject, describedName, lowerCaseNameFirst, yearAtSchool, meetingAboutName, nameAtNamedPlace, lowerCaseNameEvent];
/** Where a capitalised word is a name only when the question is about one person. */
const nameSlotsAboutOnePerson: readonly RegExp[] = [capitalisedName, questionWordThenName, namePossessive, childAtNamedPlace];

/**
 * A named or identifiable child or family: a name with an age or initial, a house number and street,
 * "the boy at …", the details of a case, "has he gone missing again?". Two weaker signals together (a named
 * home or street and "is she still there?") also count; a street alone ("a children's home on Park Road") does not.
 */
/**
 * Might the question name someone? A capitalised word the articles never use, away from the start of a sentence
 * and not a brand. Weaker than `mentionsIdentifiableChild`: used only to keep an unanswerable question out of the
 * officers' review queue, in case the name is a child's.
 */
export function mayNameSomeone(question: string, knownWords: ReadonlySet<string>): boolean {
  for (const [, word = ''] of question.matchAll(capitalisedName)) {
    const lower = word.toLowerCase();
    if (!knownWords.has(lower) && !isOrdinaryCapitalisedWord(lower) && !brands.has(lower)) return true;
  }
  return false;
}

export function mentionsIdentifiableChild(typed: string, knownWords: ReadonlySet<string>): boolean {
  // An age said aloud ("the fifteen year old", "aged twelve") singles a child out as the digits do.
  const question = typed.replace(spokenAge, spokenNumbersAsDigits);
  const isUnknown = (word: string): boolean => !knownWords.has(word.toLowerCase());
  /** Could be a name whatever the articles say: not a sentence start, title or other common capitalised word. */
  const isNameShaped = (word: string | undefined): word is string => word !== undefined && word.length > 1 && !isOrdinaryCapitalisedWord(word.toLowerCase());
  const isName = (word: string | undefined): boolean => isNameShaped(word) && isUnknown(word);
  const isPersonName = (word: string | undefined): boolean => isName(word) && !brands.has(word?.toLowerCase() ?? '');
  /** A first name typed in lower case: not a word for family ("did mum get…") nor an adverb ("has finally been"). */
  // Nor an abstract noun ("check whether permission was needed"): first names seldom end like one.
  const isLowerCaseName = (word: string | undefined): boolean =>
    isName(word) && !familyWords.has(word ?? '') && !adverbs.has(word ?? '') && !abstractNounEnding.test(word ?? '');
  /** Does any pattern's first group hold a name? */
  const namedIn = (patterns: readonly RegExp[], accept = isName): boolean =>
    patterns.some((pattern) => [...question.matchAll(pattern)].some(([, name]) => accept(name)));

  if (strongSignals.some((signal) => signal.test(question))) return true;
  if (ownRelativeInCare.test(question) && !hypothetical.test(question)) return true;
  // The question puts a child in care, and does not say they are out of it.
  const aChildInCare = inCareNow.test(question) && !saysNotInCare(normaliseText(question));
  if ((someonesChild.test(question) || someonesChildByAge.test(question)) && aChildInCare) return true;
  if (namedIn(nameSlots)) return true;
  // "Heard on Radio 4" asks after a station, "heard about Tyler" after a child.
  if (namedIn([askingAfterName], isPersonName)) return true;
  // The child of a given age in a named town: the town picks them out ("the 12 year old girl placed in Blackpool").
  if (namedIn([theAgedChildInATown], (place) => placeNames.has(place?.toLowerCase() ?? ''))) return true;
  // "Nottinghams" typed without its apostrophe is a place's possessive, not a name.
  if (namedIn([saidAboutName], (name) => isName(name) && isName(name?.replace(/s$/, '')))) return true;

  // Names alone are common in questions about policy ("Frank Dobson", "Alexis Jay"); with a child's situation they single one out.
  const aboutChild = aboutOneChild.test(question);
  if (aboutChild) {
    if (namedIn(nameSlotsAboutAChild)) return true;
    if (namedIn([lowerCaseNameFromPlace, lowerCaseNameAfterRelation], isLowerCaseName)) return true;
    if (lowerCaseDottedInitials.test(question)) return true;
    // A bare name or place is only taken for a child's when the question is about one person.
    if (aboutOnePerson.test(question) && namedIn(nameSlotsAboutOnePerson, isPersonName)) return true;
    // A quoted nickname: a word the articles never use, or an initial ("'Little J'"), but not the quoted "I" of "I've".
    for (const [, quoted = ''] of question.matchAll(quotedName)) if (quoted.split(' ').some((word) => isName(word) || /^(?![AI]$)[A-Z]$/.test(word))) return true;
    for (const [, initials = ''] of question.matchAll(initialsWithDetail)) if (isUnknown(initials)) return true;
    for (const [, initials = ''] of question.matchAll(initialsAsSubject)) if (isUnknown(initials)) return true;
    for (const [, first, surname = ''] of question.matchAll(lowerCaseFullNameAsSubject)) if (isName(first) && isName(surname)) return true;
    // Initials that spell a word ("A.M.") are still a child's when an age follows ("A.M., aged 10").
    for (const { 0: initials, 1: first, 2: second, index = 0 } of question.matchAll(dottedInitials)) {
      if (isUnknown(`${first}${second}`) || ageAfterInitials.test(question.slice(index + initials.length))) return true;
    }
    for (const match of question.matchAll(nickname)) if (isName(match[4])) return true;
    // A surname the articles happen to use ("Turner") still completes a first name they do not.
    for (const match of question.matchAll(fullName)) if (isName(match[1]) && isNameShaped(match[2]) && !placeWords.has(match[2]!.toLowerCase())) return true;
    if (thirdPerson.test(question)) {
      if (namedIn([lowerCaseNameAsSubject, lowerCaseNameChecked, lowerCaseNameOpening], isLowerCaseName)) return true;
    }
  }
  if (aboutChild || eventInOnesLife.test(question) || stateOfOnesLife.test(question)) {
    for (const { 0: hyphenated, 1: first = '', 2: second = '', index = 0 } of question.matchAll(hyphenatedName)) {
      // A number written out ("forty-seven unread messages") is not a name.
      if (spokenNumbersAsDigits(hyphenated.toLowerCase()) !== hyphenated.toLowerCase()) continue;
      // Capitals mark a name; typed in lower case, both halves must be words the articles never use, and not
      // an adjective like "longest-serving", nor a thing after "a" or "our" ("our own health deep-dive").
      const capitalised = /^[A-Z]/.test(first) && /^[A-Z]/.test(second);
      const lowerCaseAdjective = !capitalised && (/..(ing|ed)$/.test(second) || /..est$/.test(first));
      const lowerCaseThing = !capitalised && determinerBefore.test(question.slice(Math.max(0, index - 30), index));
      if (first.length >= 3 && isName(first) && !compoundStarts.has(first.toLowerCase()) && !compoundEndings.has(second.toLowerCase()) && (capitalised || (isName(second) && !lowerCaseAdjective && !lowerCaseThing))) return true;
    }
  }

  for (const [, name] of question.matchAll(unmarkedPossessive)) if (isName(name) && isUnknown(`${name}s`)) return true;
  for (const match of question.matchAll(possessiveCareStep)) {
    const owner = match[1]?.toLowerCase() ?? '';
    if (!familyWords.has(owner) && isName(owner.split('-')[0])) return true;
  }
  for (const [, first = '', second = ''] of question.matchAll(initialsPair)) if (isUnknown(first) && isUnknown(second)) return true;
  const family = namedFamily.exec(question);
  if (family && isName(family[1])) return true;
  // A family's possessive marks a surname even when it is also a word ("the Ward family's three youngest").
  for (const [, surname] of question.matchAll(familyPossessive)) if (isNameShaped(surname)) return true;
  for (const match of question.matchAll(nameAndAge)) if (Number(match[2]) <= 25 && isName(match[1])) return true;
  if (eventInOnesLife.test(question) && !unnamedInformant.test(question)) return true;
  if (whoLivesThere.test(question) && (namedHome.test(question) || namedStreet.test(question))) return true;
  // "Leaving the particular case aside": the member asks about the rule, and only a strong sign singles a child out.
  if (askedInGeneral.test(question)) return false;
  const weakSignals = [namedHome, namedStreet, familyInANamedPlace, stateOfOnesLife, ageMention, caseDetails, someonesChild, particularChildren, livesAtNamedPlace, knownCarerOfChildren, whyTheyCameIntoCare, whichOfThem, atNamedSchool, initialForAName];
  // A parent's report of their own child counts once the child is in care ("a constituent says her son was taken into care").
  const toldOfTheirChildInCare = childOfSomeoneWhoTold.test(question) && aChildInCare;
  return weakSignals.filter((signal) => signal.test(question)).length + (toldOfTheirChildInCare ? 1 : 0) >= 2;
}

/** A school by its name ("been at St Bede's since September", "Oakfield Primary"). */
const atNamedSchool = /\b(?:at|attends|attending|goes to|been at|moved to|started at) (?:St\.? [A-Z][a-z]+|st\.? [a-z]+ (?:primary|academy|school|juniors|infants|high)\b)|\b(?!(?:The|A|An|Our|This|That|Their|His|Her|My|Your|Any|Every|Each|Which|What)\b)[A-Z][a-z]+ (?:Primary|Academy|High School|Secondary School|Juniors|Infants|Grammar)\b/;
/** A letter standing in for a name ("I'll just call her S"). */
const initialForAName = /\b(?:call|calling|known as) (?:him|her|them) ['"‘“]?[A-Z]\b(?!['’]s)/;

/** The member sets one child's case aside and asks about the rule. */
const askedInGeneral =
  /\b((leaving|setting|putting) (the|this|that|her|his|their) (particular |individual |specific |own )?(case|child|situation|details)( itself)? (aside|to one side)|without (going into|discussing) (the|this|that|her|his|their) (particular |individual |specific )?(case|details|child)|in general terms|generally speaking)\b/i;

/** The second word of a place's name ("Park Road", "Oak Lodge"), which is not a surname. */
const placeWords: ReadonlySet<string> = new Set(
  'road street avenue close lane drive way crescent court place grove gardens terrace walk row square hill park mews rise view estate lodge house primary academy school college centre'.split(' '),
);

/** Places a child in care comes from or moves to ("grew up in Birmingham's care"): not a child's name, though they may say where one is. */
const placeNames: ReadonlySet<string> = new Set(
  (
    'birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry bradford wakefield doncaster rotherham barnsley ' +
    'kirklees calderdale hull york sunderland gateshead durham middlesbrough stockton darlington hartlepool northumberland cumbria lancashire ' +
    'blackpool blackburn preston bolton bury oldham rochdale salford stockport tameside trafford wigan wirral sefton knowsley stoke derby derbyshire ' +
    'nottinghamshire lincolnshire norfolk suffolk essex kent surrey sussex hampshire dorset devon cornwall somerset wiltshire gloucestershire ' +
    'oxfordshire buckinghamshire hertfordshire bedford luton northamptonshire warwickshire worcestershire herefordshire shropshire staffordshire ' +
    'cheshire cambridgeshire peterborough southampton portsmouth brighton plymouth exeter reading slough swindon croydon lambeth southwark ' +
    'hackney camden islington westminster haringey enfield barnet ealing brent newham lewisham greenwich bromley wandsworth hounslow hillingdon ' +
    'harrow redbridge havering bexley telford wrekin rutland warrington walsall wolverhampton dudley sandwell solihull wales scotland ireland'
  ).split(' '),
);

/** A sentence start, title, month, compass point or place: capitalised, but not a person's name. */
const isOrdinaryCapitalisedWord = (lower: string): boolean => commonCapitalisedWords.has(lower) || placeNames.has(lower);

/** Brands and services a councillor names in passing ("a resident messaged me on Facebook"). */
const brands: ReadonlySet<string> = new Set('facebook twitter instagram tiktok whatsapp youtube google microsoft teams zoom radio channel netflix guardian telegraph times mirror tesco asda sainsbury sainsburys aldi lidl morrisons waitrose amazon bbc nhs itv barnardo barnardos nspcc unicef'.split(' '));

/** Second halves of hyphenated words that are not names ("Drop-In", "Follow-Up", "Must-Know"). */
const compoundEndings: ReadonlySet<string> = new Set('in up on off out over know based led term year day time point op ups ins'.split(' '));
/** First halves of hyphenated words that are prefixes, not names ("non-childrens", "post-18"). */
const compoundStarts: ReadonlySet<string> = new Set('non anti pre post sub multi inter semi self cross mid'.split(' '));

const abstractNounEnding = /(?:ion|ment|ness|ship|ing|ity)$/;

/** Adverbs that sit where a lower-case name would ("the kettle has finally been replaced"). */
const adverbs: ReadonlySet<string> = new Set(
  'finally really actually already recently just now clearly probably definitely certainly obviously eventually suddenly quickly slowly usually generally mostly apparently seriously honestly literally basically only also still even ever never always sometimes often'.split(' '),
);

/** Whose adoption or placement it is when it is not a child's name ("my son's", "a boy's", "the council's"). */
const familyWords: ReadonlySet<string> = new Set([
  ...'mum mother dad father son daughter child childs kid youngster person brother sister nephew niece grandson granddaughter cousin carer carers family parent council authority board someone somebody anyone anybody everyone everybody nobody their'.split(' '),
  // "a boy's placement": the words for one child are not names.
  ...childWord.split('|').filter((word) => /^[a-z]+$/.test(word)),
]);

/** Capitalised words that are not names of people (sentence starts, days, months, titles). */
const commonCapitalisedWords: ReadonlySet<string> = new Set(
  (
    'i a the what whats who how when where why which is are can could should would do does did will my our your their his her st ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'easter christmas xmas whitsun halloween diwali eid ramadan hanukkah passover lent advent ' +
    'mayor mayors mayoress leader chair chairman chairwoman chief director minister commissioner inspector secretary professor bishop king queen prince princess ' +
    'councillor cllr mr mrs ms miss dr sir lord lady council cabinet scrutiny board panel ofsted reg regulation section level module question principle ' +
    'england english british uk london act children care leaver leavers lac cla cic cpb cpp iro pep uasc sgo dfe lga ncb ' +
    'if and or but hi hello dear please thanks also so then there this that these those it its in on at for of to with from about ' +
    'hypothetically theoretically generally typically basically honestly frankly seriously actually realistically obviously say suppose supposing imagine ' +
    'labour tory tories conservative conservatives lib dem dems libdem libdems liberal democrat democrats reform plaid snp independent independents ' +
    'annex appendix part schedule volume chapter table plan option type grade band key stage step phase year tier group team level ' +
    'north south east west northern southern eastern western midlands ' +
    // Everyday words that open a remark with "'s" ("Weather's awful here").
    'weather traffic everything nothing something today tonight tomorrow life work train bus car phone ' +
    // Remarks that open a sentence ("Interesting that anyone admits it", "Funny how…", "Shame that…").
    'interesting funny strange odd weird shame typical worrying amazing surprising'
  ).split(' '),
);
