// A job description that "Fix all" and the CLI's --fix can partly complete: a
// senior drug and alcohol worker post, declared, working with adults, without
// the statements of its role and of the role it builds on (which they insert),
// without supervision (which only the employer can promise) and with
// stigmatising language that only a person should reword.
export const FIXABLE_JD = [
  '---',
  'title: Senior Drug and Alcohol Worker',
  'role: senior-drug-and-alcohol-worker',
  'population: adults',
  '---',
  '',
  '## Main duties',
  '',
  '- Hold a caseload of 35 adults.',
  '- Work with people who are addicts.',
  '',
].join('\n');
