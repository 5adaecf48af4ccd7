import type { Request, Response, Server } from 'restify';

const page = (title: string, paragraphs: readonly string[]) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>` +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{color:#1f6f78}</style>' +
  `</head><body><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</body></html>`;

const privacy = page('Corporate Parenting Companion — privacy notice', [
  'Corporate Parenting Companion is run by your council for its elected members and the officers who support them. It helps members carry out their duties as corporate parents.',
  'It keeps: your name, work email and Teams chat address (to reply to you and send reminders and the fortnightly briefing); the roles and preferences you set; your invitations, replies and attendance for member training (the council’s record of member development); and your evaluation answers, stored under a keyed code rather than your name, so nobody reading them can tell who gave them.',
  'Questions the bot could not answer, and feedback on answers, are kept without your name so that officers can improve the answers. Never type details of an individual child, care leaver, carer or member of staff: the bot declines such questions and does not store them.',
  'Type <strong>my data</strong> in the chat to see what is held about you, and <strong>forget me</strong> to delete it. For anything else about your personal data, contact Democratic Services or the council’s data protection officer.',
]);

const terms = page('Corporate Parenting Companion — terms of use', [
  'The bot is for the council’s elected members and officers, to support their corporate parenting role. Its answers are general guidance with their sources; they are not legal advice, and they do not replace advice from the council’s officers.',
  'Do not use it to share or ask about individual children or families: raise concerns about a child with children’s services straight away.',
]);

/** The pages the Teams app manifest links to. */
export function servePublicPages(server: Server): void {
  const send = (html: string) => async (_req: Request, res: Response) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.sendRaw(200, html);
  };
  server.get('/privacy', send(privacy));
  server.get('/terms', send(terms));
}
