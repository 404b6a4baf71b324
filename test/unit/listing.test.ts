import assert from 'node:assert/strict';
import { listing, numberRanges } from '../../src/core/text/listing';

describe('listing', () => {
  it('joins with commas and the conjunction, with an Oxford comma only where an item of three or more has its own "and"', () => {
    assert.equal(listing([]), '');
    assert.equal(listing(['nurse']), 'nurse');
    assert.equal(
      listing(['outreach posts', 'drug and alcohol worker posts']),
      'outreach posts and drug and alcohol worker posts',
    );
    assert.equal(listing(['NMC', 'HCPC', 'SWE']), 'NMC, HCPC and SWE');
    assert.equal(
      listing(['medical workforce', 'leaders and managers', 'counsellor']),
      'medical workforce, leaders and managers, and counsellor',
    );
    assert.equal(listing(['a', 'b', 'c'], 'or'), 'a, b or c');
  });

  it('joins runs of three or more consecutive numbers with one prefix', () => {
    assert.equal(numberRanges(['5.6', '5.7', '5.8', '5.9', '7.1', '7.3']), '5.6 to 5.9, 7.1, 7.3');
    assert.equal(
      numberRanges(['DAW-2-01', 'DAW-2-02', 'DAW-2-04', 'DAW-3-05', 'DAW-3-06', 'DAW-3-07']),
      'DAW-2-01, DAW-2-02, DAW-2-04, DAW-3-05 to DAW-3-07',
    );
  });
});
