/** Questions offered as buttons on the welcome and help cards. */
export const exampleQuestions = [
  'What are the 7 corporate parenting principles?',
  'What should I ask on a Regulation 44 visit?',
  'What does a care leaver get from the local offer?',
  'What does the Corporate Parenting Board do?',
] as const;
