import assert from 'node:assert/strict';
import { complete, type CompletionItem } from '../../src/core/completion';
import { parseJd } from '../../src/core/document/parse';
import { getFramework } from '../../src/core/framework/load';
import { ROLE_IDS } from '../../src/core/framework/schema';
import { canonicalTitle } from '../../src/core/title';
import { jd } from './helpers';

const framework = getFramework();
const daw = framework.role('drug-and-alcohol-worker')!;
const overarching = daw.domains[0];
const knowledge = daw.domains[1];

/** Completion at the `|` marker, which is removed from the text. */
function completeAt(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return complete(text, { line: before.length - 1, character: before[before.length - 1].length });
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const byOrder = (items: CompletionItem[]) => [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));

describe('completion', () => {
  describe('front matter', () => {
    it('offers every role id after `role:` with the role name, replacing the value', () => {
      const list = completeAt('---\ntitle: Drug and alcohol worker\nrole: dr|ug\n---\n');
      assert.deepEqual(labels(list.items), [...ROLE_IDS]);
      const item = list.items[0];
      assert.equal(item.kind, 'role');
      assert.equal(item.detail, 'Drug and alcohol worker');
      assert.equal(item.insertText, 'drug-and-alcohol-worker');
      assert.deepEqual(item.replaceRange, { start: { line: 2, character: 6 }, end: { line: 2, character: 10 } });
      assert.match(item.filterText!, /Drug and alcohol worker/);
      assert.match(item.documentation!, /5\.1/);
    });

    it('adds the space after a bare colon', () => {
      const list = completeAt('---\nrole:|\n---\n');
      assert.equal(list.items[0].insertText, ' drug-and-alcohol-worker');
      assert.deepEqual(list.items[0].replaceRange, {
        start: { line: 1, character: 5 },
        end: { line: 1, character: 5 },
      });
    });

    it('offers the framework titles after `title:`', () => {
      const list = completeAt('---\ntitle: |\n---\n');
      assert.equal(list.items.length, framework.roles.length);
      const item = list.items.find((i) => i.detail === daw.name)!;
      assert.equal(item.kind, 'title');
      assert.equal(item.label, canonicalTitle(framework, daw.id));
      assert.deepEqual(item.replaceRange, { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } });
    });

    it('offers the allowed values of population, employment and setting', () => {
      assert.deepEqual(labels(completeAt('---\npopulation: |\n---\n').items), ['adults', 'children-and-young-people']);
      assert.deepEqual(labels(completeAt('---\nemployment: v|\n---\n').items), ['paid', 'volunteer']);
      assert.ok(labels(completeAt('---\nsetting: |\n---\n').items).includes('outreach'));
      assert.deepEqual(completeAt('---\nsalary: |\n---\n').items, []);
    });

    it('offers the field names not yet used at the start of a line', () => {
      const list = completeAt('---\ntitle: Nurse\nro|\n---\n');
      const names = labels(list.items);
      assert.ok(names.includes('role'));
      assert.ok(!names.includes('title'));
      const role = list.items.find((i) => i.label === 'role')!;
      assert.equal(role.insertText, 'role: ');
      assert.equal(role.retrigger, true);
      assert.deepEqual(role.replaceRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    });

    it('marks title as required and asks again after a field whose value has choices or is a title', () => {
      const items = completeAt('---\n|\n---\n').items;
      const byName = (name: string) => items.find((i) => i.label === name)!;
      assert.ok(items.every((i) => i.kind === 'field'));
      assert.equal(byName('title').detail, 'required');
      assert.equal(byName('title').retrigger, true);
      assert.equal(byName('role').detail, undefined);
      assert.equal(byName('salary').retrigger, false);
      assert.equal(byName('salary').insertText, 'salary: ');
      const withColon = completeAt('---\nti|: x\n---\n').items.find((i) => i.label === 'title')!;
      assert.equal(withColon.retrigger, false);
    });

    it('offers field names, not values, with the cursor just before the colon; the list is complete', () => {
      const list = completeAt('---\nrole|: nurse\n---\n');
      assert.equal(list.isIncomplete, false);
      assert.ok(list.items.length > 0);
      assert.ok(list.items.every((i) => i.kind === 'field'));
      assert.ok(completeAt('---\npopulation: |\n---\n').items.every((i) => i.kind === 'value'));
      // A key nobody knows has no values; a document already parsed gives the same list.
      assert.deepEqual(completeAt('---\nfavourite_colour: |\n---\n').items, []);
      const text = '---\ntitle: Nurse\nrole: \n---\n';
      assert.deepEqual(complete(parseJd(text), { line: 2, character: 6 }), complete(text, { line: 2, character: 6 }));
    });

    it('offers the role’s statement ids in essential_capabilities, without those listed elsewhere, replacing the id at the cursor', () => {
      const text = `${jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' })}`.replace(
        '---\n',
        '---\nessential_capabilities: [DAW-1-01, DAW-1-0|2x]\n',
      );
      const list = completeAt(text);
      const ids = labels(list.items);
      assert.ok(!ids.includes('DAW-1-01'));
      assert.ok(ids.includes('DAW-1-02'));
      assert.equal(ids.length, daw.domains.reduce((n, d) => n + d.statements.length, 0) - 1);
      const item = list.items.find((i) => i.label === 'DAW-1-02')!;
      assert.equal(item.kind, 'statement');
      assert.equal(item.filterText, `DAW-1-02 ${overarching.statements[1].text}`);
      const column = 'essential_capabilities: [DAW-1-01, '.length;
      assert.deepEqual(item.replaceRange, {
        start: { line: 1, character: column },
        end: { line: 1, character: column + 'DAW-1-02x'.length },
      });
    });

    it('renames only the key when the line already has a colon', () => {
      const list = completeAt('---\nset|ting: community\n---\n');
      const setting = list.items.find((i) => i.label === 'setting')!;
      assert.equal(setting.insertText, 'setting');
      assert.deepEqual(setting.replaceRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
    });
  });

  describe('capability statements', () => {
    const header = jd({ title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' });

    it('offers the current domain first, unused before used, inserting the exact framework text', () => {
      const used = knowledge.statements[0];
      const text = `${header}\n## Capabilities\n\n### ${overarching.name}\n\n- ${overarching.statements[0].text}\n\n### ${knowledge.name}\n\n- ${used.text}\n- |\n`;
      const list = completeAt(text);
      assert.equal(list.isIncomplete, true);
      const ordered = byOrder(list.items);
      const domainIds = new Set(knowledge.statements.map((s) => s.id));
      const firstOutside = ordered.findIndex((i) => !domainIds.has(i.data!.statementId));
      assert.equal(firstOutside, knowledge.statements.length, 'the domain’s statements come first');
      assert.equal(ordered[0].data!.statementId, knowledge.statements[1].id);
      assert.equal(ordered[firstOutside - 1].data!.statementId, used.id, 'the used statement ends its domain');
      // Other domains: the used overarching statement sorts after the unused ones.
      const rest = ordered.slice(firstOutside).map((i) => i.data!.statementId);
      assert.ok(rest.indexOf(overarching.statements[0].id) > rest.indexOf(overarching.statements[1].id));

      const item = ordered[0];
      assert.equal(item.kind, 'statement');
      assert.equal(item.insertText, knowledge.statements[1].text);
      assert.equal(item.detail, `${knowledge.name} · ${knowledge.statements[1].id}`);
      assert.deepEqual(item.data, { statementId: knowledge.statements[1].id, domain: knowledge.id, role: daw.id });
      const line = text.slice(0, text.indexOf('|')).split('\n').length - 1;
      assert.deepEqual(item.replaceRange, { start: { line, character: 2 }, end: { line, character: 2 } });
      assert.equal(
        list.items.length,
        daw.domains.reduce((n, d) => n + d.statements.length, 0),
      );
    });

    it('finds a statement from a few words anywhere in it, the last one half typed', () => {
      const target = knowledge.statements[9]; // domestic abuse … enquire sensitively
      const list = completeAt(`${header}\n## Capabilities\n\n- sensitively domestic ab|`);
      const ordered = byOrder(list.items);
      assert.equal(ordered[0].data!.statementId, target.id);
      for (const item of list.items) assert.ok(item.filterText!.startsWith('sensitively domestic ab '));
      // Statements with none of the words are left out.
      assert.ok(list.items.length < 10);
    });

    it('replaces the whole bullet text, also with the cursor mid-line', () => {
      const list = completeAt(`${header}\n## Capabilities\n\n* trauma| informed approach`);
      const item = list.items[0];
      assert.deepEqual(item.replaceRange.start.character, 2);
      assert.deepEqual(item.replaceRange.end.character, '* trauma informed approach'.length);
      assert.equal(item.filterText, `trauma ${item.label}`);
      assert.equal(byOrder(list.items)[0].data!.statementId, knowledge.statements[1].id);
    });

    it('offers a senior worker’s statements and the base role’s, each wording once', () => {
      const text = `${jd({ title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker', population: 'adults' })}\n## Capabilities\n\n- |`;
      const roles = new Set(completeAt(text).items.map((i) => i.data!.role));
      assert.deepEqual([...roles].sort(), ['drug-and-alcohol-worker', 'senior-drug-and-alcohol-worker']);
      const inserted = completeAt(text).items.map((i) => i.insertText);
      assert.equal(new Set(inserted).size, inserted.length);
    });

    it('offers nothing outside a Capabilities bullet, or without a role', () => {
      assert.deepEqual(completeAt(`${header}\n## Main duties\n\n- |`).items, []);
      assert.deepEqual(completeAt(`${header}\n## Capabilities\n\nSome |text`).items, []);
      assert.deepEqual(completeAt(`${header}\n## Capabilities\n\n|- `).items, []);
      assert.deepEqual(completeAt(`---\ntitle: Administrator\n---\n## Capabilities\n\n- |`).items, []);
    });

    describe('ranking', () => {
      const at = (typed: string) => {
        const list = completeAt(`${header}\n## Capabilities\n\n- ${typed}|`);
        return byOrder(list.items).map((i) => `${i.data!.statementId} ${i.sortText}`);
      };

      it('matches the last word as a prefix only while it is being typed', () => {
        // sortText: every typed word found (0) or not (1), in the heading's domain (0/1), used (1/0), 1000 − relevance‰, framework order.
        assert.deepEqual(at('sensitively domestic ab'), ['DAW-2-10 01000000016', 'DAW-2-11 11003330017']);
        assert.deepEqual(at('sensitively domestic ab '), ['DAW-2-10 11003330016']);
        assert.deepEqual(at('sensitively domestic ab,'), ['DAW-2-10 11003330016']);
        // Earlier words must be whole words.
        assert.deepEqual(at('sensi domestic abus'), ['DAW-2-10 11003330016', 'DAW-2-11 11003330017']);
      });

      it('keeps statements with half the typed words and drops those with fewer', () => {
        assert.deepEqual(at('domestic zzzz '), ['DAW-2-10 11005000016', 'DAW-2-11 11005000017']);
        assert.deepEqual(at('domestic zzzz yyyy '), []);
      });

      it('with nothing typed, ranks in framework order and lets every item through the editor’s filter', () => {
        const list = completeAt(`${header}\n## Capabilities\n\n- |`);
        const first = byOrder(list.items)[0];
        assert.equal(first.sortText, '01010000000');
        assert.equal(first.filterText, first.label);
        assert.equal(
          first.documentation,
          `${first.label}\n\nDrug and alcohol worker (framework 5.1) · ${overarching.name} · \`${overarching.statements[0].id}\``,
        );
      });

      it('counts the statements of other bullets as used, not the bullet being completed', () => {
        const own = knowledge.statements[1];
        const other = knowledge.statements[2];
        const item = (typed: string, id: string) =>
          completeAt(`${header}\n## Capabilities\n\n${typed}\n`).items.find((i) => i.data!.statementId === id)!;
        const self = item(`- ${other.text}\n- ${own.text}|`, own.id);
        assert.equal(self.sortText[2], '0');
        assert.ok(!self.documentation!.includes('Already'));
        const used = item(`- ${other.text}\n- |`, other.id);
        assert.equal(used.sortText[2], '1');
        assert.ok(used.documentation!.endsWith('\n\nAlready in this job description.'));
      });

      it('gives the same items with a framework object it has not seen (its word lists are built per framework)', () => {
        const text = `${header}\n## Capabilities\n\n- sensitively domestic ab`;
        const position = { line: text.split('\n').length - 1, character: '- sensitively domestic ab'.length };
        // A new object whose prototype is the framework: the same data, but a new key for the word-list cache.
        const unseen = Object.create(framework) as typeof framework;
        assert.deepEqual(
          complete(text, position, { framework: unseen }).items.map((i) => i.sortText),
          ['01000000016', '11003330017'],
        );
      });
    });
  });
});
