// The timeline: facts in time order (the fact's own time, else its article's date), by year,
// filtered by type, subject and dates.
import { get } from '../api.js';
import { h, mount } from '../dom.js';
import { factItem } from '../factlist.js';
import { TYPE_COLOURS, factSortDate, number } from '../format.js';
import { factTypes } from '../vocabulary.js';

export async function timelineView(root, params) {
  const filter = {
    type: params.get('type') || '',
    subject: params.get('subject') || '',
    since: params.get('since') || '',
    until: params.get('until') || '',
  };
  const form = h(
    'form',
    { class: 'filters', id: 'timeline-filters' },
    h('label', null, 'Type ', h('select', { name: 'type' }, h('option', { value: '' }, 'all'), factTypes().map(({ name }) => h('option', { value: name, selected: name === filter.type }, name.replace(/_/g, ' '))))),
    h('label', null, 'Subject ', h('input', { name: 'subject', value: filter.subject, placeholder: 'any name' })),
    h('label', null, 'Since ', h('input', { name: 'since', value: filter.since, placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
    h('label', null, 'Until ', h('input', { name: 'until', value: filter.until, placeholder: 'YYYY[-MM[-DD]]', size: 10 })),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) q.set(k, String(v).trim());
    location.hash = `#/timeline${q.toString() ? `?${q}` : ''}`;
  });
  const body = h('div', { id: 'timeline' }, h('p', { class: 'loading' }, 'Loading facts…'));
  mount(root, h('h1', null, 'Timeline of facts'), form, body);
  let facts;
  try {
    facts = await get('facts', { ...filter, limit: 2000 });
  } catch (e) {
    mount(body, h('p', { class: 'error' }, e.message));
    return;
  }
  const years = new Map();
  for (const f of facts) {
    const y = (factSortDate(f) || '').slice(0, 4) || 'undated';
    if (!years.has(y)) years.set(y, []);
    years.get(y).push(f);
  }
  const ordered = [...years.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
  const max = Math.max(1, ...[...years.values()].map((v) => v.length));
  mount(
    body,
    h('p', { class: 'stats', id: 'timeline-count' }, `${number(facts.length)} facts${facts.length >= 2000 ? ' (the first 2,000; narrow the filter)' : ''}`),
    facts.length
      ? [
          h('div', { class: 'year-bars', 'aria-hidden': 'true' }, ordered.map((y) =>
            h('a', { href: `#year-${y}`, class: 'year-bar', title: `${y}: ${years.get(y).length} facts`, onclick: (e) => { e.preventDefault(); document.getElementById(`year-${y}`)?.scrollIntoView(); } },
              h('span', { class: 'bar', style: `height:${Math.round((years.get(y).length / max) * 48) + 2}px` }), h('small', null, y)))),
          h('ol', { class: 'timeline' }, ordered.map((y) =>
            h('li', { class: 'year', id: `year-${y}`, dataset: { year: y } },
              h('h2', null, y, ' ', h('span', { class: 'count' }, `(${years.get(y).length})`)),
              h('ul', { class: 'facts' }, years.get(y).map((f) =>
                factItem(f, h('span', { class: 'type-dot', style: `background:${TYPE_COLOURS[f.type] || '#888'}`, title: f.type }))))))),
        ]
      : h('p', { class: 'empty' }, 'No facts match.'),
  );
}
