import { namesCorporateParenting, saysNotInCare } from './council-business.js';
import { normaliseText } from './vocabulary.js';

/**
 * Remarks about the member's own day in a rambling message: where they are as they type, what they have just sat
 * through, what has kept them busy, an aside in brackets. They name meetings, trains and the weather, which are other
 * business when asked about, but here they only set the scene. Pure functions of the typed question.
 */

/** The question without the member's remarks about their day, for looking for other business in what is asked. */
export function withoutRemarks(question: string): string {
  return question
    .replace(bracketedAside, (aside) => (aside.split(/\s+/).length >= minAsideWords && !saysNotInCare(normaliseText(aside)) ? ' ' : aside))
    .replace(busyWith, ' ')
    // A remark that names corporate parenting ("before the next corporate parenting panel") says what the question is about.
    .replace(whereTheMemberIs, (remark) => (namesCorporateParenting(normaliseText(remark)) ? remark : ' '));
}

/**
 * A remark in brackets ("I didn't follow the nurse's presentation (the projector kept dying)"). A gloss of a word or two
 * ("the Healthy Child Programme (health visitors)") and a child's status ("(he isn't looked after)") stay: they say what
 * the question is about.
 */
const bracketedAside = /\([^()?]{1,200}\)/g;
const minAsideWords = 3;

/** What has kept the member busy ("I've been buried in the local plan consultation for months"). */
const busyWith =
  /\b(?:i['’]?ve been|i have been|been|i['’]?m|i am|i was|we['’]?ve been|we have been|we were) (?:buried|busy|tied up|swamped|snowed under|up to my (?:eyes|ears|neck)|drowning|stuck) (?:in|with|on) [^,.;?!()]{0,60}/gi;

/** Where the member is as they type, and what they have just sat through or are about to do. */
const whereTheMemberIs = new RegExp(
  String.raw`\b(?:${[
    // "scribbling this on the back of an agenda", "dictating this at the lights"
    String.raw`(?:scribbling|typing|writing|dictating|sending|doing) this (?:on|from|in|during|at|while|between) [^,.;?!()]{0,60}`,
    // "just finished a very long licensing committee", "back from the budget meeting"
    String.raw`(?:just )?(?:finished|come out of|came out of|got out of|sat through|sitting through|back from) (?:a |an |the |my |our )?(?:very |really |so )?(?:long |late |dull |boring |endless |marathon )?(?:[a-z]+ ){0,3}(?:meeting|committee|session|briefing|surgery|council)\b`,
    // "during a dull bit of full council"
    String.raw`(?:during|in) (?:a |the )?(?:dull |boring |long |quiet )?(?:bit|part|break) (?:of|in) (?:full council|the meeting|(?:[a-z]+ )?committee|cabinet)`,
    // "on a train to London", "on my lunch break", "stuck in traffic"
    String.raw`(?:on|in) (?:a|the|my) (?:train|bus|taxi|tram|lunch break)(?: (?:to|from|into|home from) [a-z]+)?`,
    'stuck in traffic',
    // "walking the dog", "walking back from the gym", "the walk to the station"
    String.raw`(?:walking|driving|cycling|jogging) (?:the dog|(?:back |home )?(?:from|to) (?:the |a |my )?[a-z]+)`,
    String.raw`(?:the )?walk (?:to|from) (?:the )?[a-z]+`,
    // "at the swimming gala", "waiting at the hospital"
    String.raw`(?:at|in) the (?:swimming gala|gym|hairdressers?|dentists?|doctors|hospital|supermarket|school gates)`,
    // "trying to finish my expenses form (not asking you about that)"
    String.raw`(?:trying to|about to|meant to be) (?:finish|do|fill in|sort|write|get through|plan|organise|fit) [^,.;?!()]{0,40}`,
    // "in between a parking complaint and a resident moaning about fly tipping and i keep seeing…", "between the budget and the local plan items"
    // (not "the difference between a care home and a nursing home")
    String.raw`(?<!\b(?:difference|differences|diffrence|differnce|diff|differ|distinction|distinguish|choose|choice|relationship|links?|overlap|balance|split|divide|line|tension|conflict|confusion|compare|comparison)\s)(?:in the gap |in )?between (?:[a-z'’]+ ){0,10}?[a-z'’]+ and (?:[a-z'’]+ ){0,8}?[a-z'’]+(?= (?:and i|and it|and everyone|and the|i|how|what|whats|which|who|when|why|is|are|does|do|did|can|so|because)\b|[,.;:!?]|$)`,
    // "before the waste contract briefing", "straight after the fly tipping update", "after a long debate on the car parking charges"
    String.raw`(?:before|after|straight after|just after) (?:the |a |an |my |our |this mornings |last nights |todays )?(?:[a-z'’]+ ){0,4}?(?:meeting|briefing|debrief|item|update|debate|committee|panel|review|consultation|session|hearing|walkabout|report|paper|election|by election)\b(?: (?:on|about) (?:the )?(?:[a-z'’]+ ){0,3}[a-z'’]+| at (?:group|cabinet|council))?`,
    // "squeezed in between the local plan examination dates"
    String.raw`(?:squeezed |sandwiched )?in between (?:[a-z'’]+ ){0,5}?[a-z'’]+(?= (?:what|whats|how|which|who|when|why|is|are|does|do|did|can|so|i)\b|[,.;:!?]|$)`,
    // "while waiting for the licensing hearing to restart", "while the standards hearing is adjourned"
    String.raw`(?:while |whilst )?waiting for (?:the |a |my )?(?:[a-z'’]+ ){0,3}(?:meeting|hearing|committee|panel|session|briefing) to (?:start|restart|resume|begin|finish)`,
    String.raw`(?:while|whilst) (?:the |a |my )?(?:[a-z'’]+ ){0,3}(?:meeting|hearing|committee|panel|session) (?:is|was) (?:adjourned|paused|on a break)`,
    // "under a pile of old local plan consultation papers"
    String.raw`under a pile of [^,.;?!()]{0,50}?(?= (?:and|so|but|what|how|which|when|is|it)\b|[,.;?!]|$)`,
    // "i was answering emails about a planning appeal", "along with the new code of conduct stuff"
    String.raw`(?:i was |while |whilst |i've been |ive been )(?:answering|replying to|reading|writing|sorting) (?:an |some |my |the )?emails? (?:about|on|from) [^,.;?!()]{0,50}?(?= (?:so|and|but|what|how|which|who|when|is|are|does|do)\b|[,.;?!]|$)`,
    String.raw`along with (?:the |my |our )?(?:new |usual |latest )?(?:[a-z'’]+ ){0,4}(?:stuff|papers|leaflet|scheme|pack|updates?)\b`,
    // "in the licensing committee this morning"
    String.raw`in (?:the |a )(?:[a-z'’]+ ){0,3}(?:committee|meeting|panel|briefing) (?:this morning|this afternoon|tonight|last night|yesterday|today|earlier)`,
    // "with everything going on with the budget and the local plan"
    String.raw`with everything (?:going on|happening) (?:with|at|in) [^,.;?!()]{0,60}?(?= (?:did|is|are|do|does|what|how|i)\b|[,.;?!]|$)`,
    // "the budget meeting was brutal"
    String.raw`(?:the |our |my |this |that )?[a-z]+ (?:meeting|committee) (?:was|went|ran|dragged)\b[^,.;?!()]{0,40}`,
  ].join('|')})`,
  'gi',
);
