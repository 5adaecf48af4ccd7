/**
 * The corporate parenting principles, Children and Social Work Act 2017, s1(1), quoted exactly.
 * Each has a short name and a question a councillor can ask themself (used by the briefing).
 */
export const principlesSource = {
  title: 'Children and Social Work Act 2017, section 1',
  url: 'https://www.legislation.gov.uk/ukpga/2017/16/section/1/enacted',
} as const;

export const principlesPreamble =
  'A local authority in England must, in carrying out functions in relation to the children and young people mentioned in subsection (2), have regard to the need—';

export interface Principle {
  readonly letter: string;
  readonly name: string;
  readonly statute: string;
  readonly reflection: string;
}

export const sevenPrinciples: readonly Principle[] = [
  {
    letter: 'a',
    name: 'Best interests, health and well-being',
    statute: 'to act in the best interests, and promote the physical and mental health and well-being, of those children and young people;',
    reflection: 'Would the decisions in front of me this fortnight be good enough for my own child?',
  },
  {
    letter: 'b',
    name: 'Encourage them to express their views',
    statute: 'to encourage those children and young people to express their views, wishes and feelings;',
    reflection: 'When did I last hear directly from a child in care or a care leaver, and how?',
  },
  {
    letter: 'c',
    name: 'Take their views into account',
    statute: 'to take into account the views, wishes and feelings of those children and young people;',
    reflection: 'Can I point to something that changed because of what children in care told us?',
  },
  {
    letter: 'd',
    name: 'Access to services',
    statute:
      'to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners;',
    reflection: 'Which council service in my portfolio or ward could do more for care leavers?',
  },
  {
    letter: 'e',
    name: 'High aspirations and the best outcomes',
    statute: 'to promote high aspirations, and seek to secure the best outcomes, for those children and young people;',
    reflection: 'Do our plans for children in care aim as high as I would for my own family?',
  },
  {
    letter: 'f',
    name: 'Safety and stability',
    statute:
      'for those children and young people to be safe, and for stability in their home lives, relationships and education or work;',
    reflection: 'What do our figures on placement moves and school changes tell me?',
  },
  {
    letter: 'g',
    name: 'Preparing for adulthood',
    statute: 'to prepare those children and young people for adulthood and independent living.',
    reflection: 'Is our local offer for care leavers one I would be proud to show a young person?',
  },
];
