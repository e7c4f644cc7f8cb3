// A group: its names, parents and branches, pledges in and out, leaders over time, strength,
// areas, attacks and the other relations, and what articles disagree on. Every fact opens its
// evidence.
import { get } from '../api.js';
import { h, mount } from '../dom.js';
import { factList } from '../factlist.js';
import { factSortDate, number } from '../format.js';
import { strengthChart } from '../chart.js';
import { mergeForm } from '../review.js';

function section(id, title, facts, intro = null) {
  return h(
    'section',
    { class: 'profile-section', id: `section-${id}`, dataset: { section: id, count: facts.length } },
    h('h2', null, title, ' ', h('span', { class: 'count' }, `(${facts.length})`)),
    intro,
    factList(facts),
  );
}

function byTime(facts) {
  return [...facts].sort((a, b) => (factSortDate(a) || '9999').localeCompare(factSortDate(b) || '9999'));
}

function leadersSection(p) {
  const rows = byTime([...p.leaders, ...p.founders]);
  return h(
    'section',
    { class: 'profile-section', id: 'section-leaders', dataset: { section: 'leaders', count: rows.length } },
    h('h2', null, 'Leaders over time ', h('span', { class: 'count' }, `(${rows.length})`)),
    h('div', { class: 'leaders-timeline' }, factList(rows)),
  );
}

function conflictsSection(conflicts) {
  return h(
    'section',
    { class: 'profile-section', id: 'section-conflicts', dataset: { section: 'conflicts', count: conflicts.length } },
    h('h2', null, 'Conflicting claims ', h('span', { class: 'count' }, `(${conflicts.length})`)),
    conflicts.length
      ? conflicts.map((c) => h('div', { class: `conflict conflict-${c.kind}` }, h('h3', null, c.summary), factList(c.facts)))
      : h('p', { class: 'empty' }, 'No claims about this group contradict each other in the stored articles.'),
  );
}

export async function groupView(root, id) {
  const [p, conflicts] = await Promise.all([get(`groups/${id}`), get(`groups/${id}/conflicts`)]);
  const current = p.names.filter((n) => !n.former);
  const former = p.names.filter((n) => n.former);
  const total = Object.values(p).filter(Array.isArray).reduce((n, a) => n + (a === p.names ? 0 : a.length), 0);
  mount(
    root,
    h(
      'header',
      { class: 'profile-head' },
      h('h1', { id: 'group-name' }, p.name),
      h('p', { class: 'kind' }, p.kind, p.kb ? ` · knowledge base: ${p.kb}` : '', ` · ${number(total)} facts`),
      h(
        'p',
        { class: 'names', id: 'group-names' },
        'Names and aliases seen: ',
        current.map((n) => h('span', { class: 'chip', title: `in ${n.count} articles` }, n.name, h('small', null, ` ${n.count}`))),
        former.length ? [' · former: ', former.map((n) => h('span', { class: 'chip former' }, n.name))] : null,
      ),
      h(
        'p',
        { class: 'links' },
        h('a', { href: `#/map?group=${p.id}` }, 'On the map'),
        ' · ',
        h('a', { href: `#/timeline?subject=${encodeURIComponent(p.name)}` }, 'Timeline'),
        ' · ',
        h('a', { href: '#/network' }, 'Network'),
        ' · ',
        h('a', { href: '#/judgements' }, 'Judgements'),
      ),
      mergeForm(p),
    ),
    h(
      'div',
      { class: 'profile' },
      section('parents', 'Branch of', p.parents),
      section('branches', 'Branches and provinces', p.branches),
      section('pledges_out', 'Pledges made', p.pledges_out),
      section('pledges_in', 'Pledges received', p.pledges_in),
      leadersSection(p),
      h(
        'section',
        { class: 'profile-section wide', id: 'section-strength', dataset: { section: 'strength', count: p.strength.length } },
        h('h2', null, 'Strength ', h('span', { class: 'count' }, `(${p.strength.length})`)),
        p.strength.length ? strengthChart(p.strength) : null,
        factList(byTime(p.strength)),
      ),
      section('areas', 'Areas of operation', p.areas),
      section('attacks', 'Attacks', p.attacks),
      conflictsSection(conflicts),
      section('splits', 'Splits', p.splits),
      section('renames', 'Renames', p.renames),
      section('mergers', 'Mergers', p.mergers),
      section('allies', 'Allies', p.allies),
      section('rivals', 'Rivals', p.rivals),
      section('designations', 'Designations', p.designations),
      section('members', 'Members', p.members),
    ),
  );
}
