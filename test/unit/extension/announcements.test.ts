import assert from 'node:assert/strict';
import { Announcements } from '../../../src/extension/announcements';

describe('announcing configuration errors', () => {
  it('announces an error once while it stays', () => {
    const announcements = new Announcements();
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad key'), true);
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad key'), false);
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad key'), false);
  });

  it('announces the same mistake again once its source was read without error', () => {
    const announcements = new Announcements();
    announcements.shouldAnnounce('/w/.jdkit.json', 'bad key');
    announcements.fixed('/w/.jdkit.json');
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad key'), true);
  });

  it('announces a different error in the same source, and the same error in another source', () => {
    const announcements = new Announcements();
    announcements.shouldAnnounce('/w/.jdkit.json', 'bad key');
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad value'), true);
    assert.equal(announcements.shouldAnnounce('/v/.jdkit.json', 'bad value'), true);
  });

  it('keeps an error known when another source is fixed', () => {
    const announcements = new Announcements();
    announcements.shouldAnnounce('/w/.jdkit.json', 'bad key');
    announcements.fixed('/v/.jdkit.json');
    assert.equal(announcements.shouldAnnounce('/w/.jdkit.json', 'bad key'), false);
  });
});
