import assert from 'node:assert/strict';
import { spellAssessment, splitAssessment, withAssessment } from '../../src/core/text/how-assessed';

describe('how a criterion is assessed', () => {
  it('writes the note after the criterion and reads it back', () => {
    const noted = withAssessment('Full UK driving licence', 'A/I');
    assert.equal(noted, 'Full UK driving licence (how assessed: A/I)');
    assert.deepEqual(splitAssessment(noted), { criterion: 'Full UK driving licence', how: 'A/I' });
    assert.equal(withAssessment('Full UK driving licence', ''), 'Full UK driving licence');
  });

  it('reads only a note at the end, and leaves other brackets in the criterion', () => {
    assert.deepEqual(splitAssessment('Experience of OST (methadone, buprenorphine)'), {
      criterion: 'Experience of OST (methadone, buprenorphine)',
      how: null,
    });
    assert.deepEqual(splitAssessment('NVQ 3 (or equivalent) (How assessed: Certificate )'), {
      criterion: 'NVQ 3 (or equivalent)',
      how: 'Certificate',
    });
  });

  it('spells out the usual letters, and keeps anything else as written', () => {
    assert.equal(spellAssessment('A/I'), 'Application / Interview');
    assert.equal(spellAssessment('a, i & t'), 'Application / Interview / Test');
    assert.equal(spellAssessment('I'), 'Interview');
    assert.equal(spellAssessment('Application form'), 'Application form');
    assert.equal(spellAssessment('AI'), 'AI');
  });
});
