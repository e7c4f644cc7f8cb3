// The start page (what the database holds, its groups) and search results by any name.
import { get } from '../api.js';
import { h, mount } from '../dom.js';
import { number, plural } from '../format.js';
import { entityKinds } from '../vocabulary.js';

/** Section headings per entity kind (the kinds themselves come from the API's vocabulary). */
const KIND_HEADINGS = { group: 'Groups', person: 'People', place: 'Places', body: 'Bodies' };
const MATCH_LABELS = {
  exact: 'name',
  kb: 'knowledge-base alias',
  prefix: 'starts with',
  word: 'word',
  contains: 'contains',
};

function hitItem(hit) {
  const href = hit.kind === 'group' ? `#/group/${hit.id}` : `#/entity/${hit.id}`;
  const matchedOther = hit.matched && hit.matched !== hit.name;
  return h(
    'li',
    { class: 'hit', dataset: { id: hit.id, kind: hit.kind } },
    h('a', { href, class: 'hit-name' }, hit.name),
    hit.former_name ? h('span', { class: 'tag' }, 'former name') : null,
    matchedOther ? h('span', { class: 'matched' }, `matched “${hit.matched}” (${MATCH_LABELS[hit.match_kind]})`) : null,
    h('span', { class: 'counts' }, `${plural(hit.facts, 'fact')} · named in ${plural(hit.mentions, 'article')}`),
  );
}

export async function searchView(root, params) {
  const q = (params.get('q') || '').trim();
  const input = document.getElementById('search-input');
  if (input) input.value = q;
  if (!q) return homeView(root);
  mount(root, h('h1', null, 'Search'), h('p', { class: 'loading' }, `Searching for “${q}”…`));
  const hits = await get('search', { q, limit: 100 });
  const byKind = {};
  for (const hit of hits) (byKind[hit.kind] ||= []).push(hit);
  const sections = entityKinds()
    .filter((k) => byKind[k])
    .map((k) =>
      h('section', { class: 'hits', dataset: { kind: k } }, h('h2', null, `${KIND_HEADINGS[k] || k} (${byKind[k].length})`), h('ul', null, byKind[k].map(hitItem))),
    );
  mount(
    root,
    h('h1', null, 'Search: ', h('q', null, q)),
    hits.length ? sections : h('p', { class: 'empty', id: 'no-results' }, `Nothing in the database is called “${q}”. Try part of a name or another spelling.`),
  );
}

async function homeView(root) {
  const [stats, groups] = await Promise.all([get('stats'), get('groups', { limit: 60 })]);
  mount(
    root,
    h('h1', null, 'Armed groups in this database'),
    h(
      'p',
      { class: 'stats' },
      `${number(stats.documents)} articles · ${number(stats.entities)} entities · ${number(stats.facts)} facts (${number(stats.claims)} claims)`,
    ),
    h('p', null, 'Search by any name or alias above, or open a group:'),
    groups.length ? h('ul', { class: 'group-list' }, groups.map(hitItem)) : h('p', { class: 'empty' }, 'No groups yet: run `allegiance ingest` on some articles.'),
  );
}
