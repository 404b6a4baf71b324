import assert from 'node:assert/strict';
import { informalContactSentence } from '../../src/core/text/informal-contact';

describe('informalContactSentence', () => {
  it('finds the sentence that invites an informal enquiry and says how to make it', () => {
    assert.equal(
      informalContactSentence(
        'To apply, please complete the online application form. For an informal conversation about the role, contact Sam Bright, Team Leader, on 01632 960 101.',
      ),
      'For an informal conversation about the role, contact Sam Bright, Team Leader, on 01632 960 101.',
    );
    for (const sentence of [
      'To find out more, call the Volunteer Coordinator on 01632 960 808 or drop in to the hub on a Tuesday afternoon.',
      'Contact: Helen Osei, Regional Head of Operations, helen.osei@cgl.example for an informal conversation.',
      'If you have any questions about the role, email jobs@example.org.',
      'For more information, ring Priya on 0161 496 0000.',
    ])
      assert.equal(informalContactSentence(`We value lived experience. ${sentence}`), sentence);
  });

  it('leaves out sentences that only mention contact or information', () => {
    for (const text of [
      'Maintain contact with people who disengage from treatment.',
      'Give people information about local services and call them after missed appointments.',
      'We offer informal peer support groups every week.',
    ])
      assert.equal(informalContactSentence(text), null, text);
  });
});
