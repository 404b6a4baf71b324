// The interview questions as bundled (framework-data/interview.json). Like
// the framework data, the file is validated against interviewSchema in the
// tests (test/unit/framework-data.test.ts), not on every export: run-time
// validation is for user input. The schema module is imported for its types
// only, so loading the Word code does not construct it (nor the framework
// data's schemas it builds on).
import interviewJson from '../../../framework-data/interview.json';
import type { InterviewData } from './interview-schema';

export function loadInterviewData(): InterviewData {
  return interviewJson as InterviewData;
}
