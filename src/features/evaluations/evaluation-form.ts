/**
 * The evaluation sheet of Appendix 1 (Rotherham, Corporate Parenting Panel, 27 Sept 2016): the same
 * questions and options, in the same order. The ids are what the card submits and what is stored.
 */
export const choiceQuestions = [
  {
    id: 'objectives',
    text: 'Were your objectives achieved?',
    options: [
      { value: 'in-full', label: 'Yes, in full' },
      { value: 'partly', label: 'Yes, partly' },
      { value: 'not-at-all', label: 'No, not at all' },
      { value: 'too-early', label: 'Too early to say' },
    ],
  },
  {
    id: 'relevance',
    text: 'To what extent did the session cover issues relevant to your role?',
    options: [
      { value: 'great', label: 'To a great extent' },
      { value: 'moderate', label: 'To a moderate extent' },
      { value: 'small', label: 'To a small extent' },
      { value: 'not-at-all', label: 'Not at all' },
    ],
  },
  {
    id: 'satisfaction',
    text: 'Please rate how satisfied you were with this session, overall',
    options: [
      { value: 'very-satisfied', label: 'Very satisfied' },
      { value: 'fairly-satisfied', label: 'Fairly satisfied' },
      { value: 'neither', label: 'Neither satisfied or dissatisfied' },
      { value: 'fairly-dissatisfied', label: 'Fairly dissatisfied' },
      { value: 'very-dissatisfied', label: 'Very dissatisfied' },
      { value: 'dont-know', label: "Don't know" },
    ],
  },
  {
    id: 'expectations',
    text: 'Overall, did the session…',
    options: [
      { value: 'exceeded', label: 'Exceed your expectations' },
      { value: 'met', label: 'Meet your expectations' },
      { value: 'fell-short', label: 'Fall short of your expectations' },
    ],
  },
] as const;

export const textQuestions = [
  { id: 'learned', text: 'What have you learned today?' },
  { id: 'notUnderstood', text: 'What do you still not understand?' },
  { id: 'doDifferently', text: 'What will you consider doing differently?' },
  { id: 'mostBeneficial', text: 'What did you find most beneficial?' },
  { id: 'improvements', text: 'How could the session be improved?' },
  { id: 'otherComments', text: 'Any other comments?' },
] as const;

export type ChoiceQuestion = (typeof choiceQuestions)[number];

/** The printed label of an option ("Yes, in full"), or the value itself if it is not on the form. */
export function optionLabel(questionId: ChoiceQuestion['id'], value: string): string {
  const question = choiceQuestions.find((candidate) => candidate.id === questionId);
  return question?.options.find((option) => option.value === value)?.label ?? value;
}
