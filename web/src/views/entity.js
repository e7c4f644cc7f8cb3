// A person, place or body, and every fact naming it. Groups have their own page.
import { get } from '../api.js';
import { h, mount } from '../dom.js';
import { factList } from '../factlist.js';
import { plural } from '../format.js';

export async function entityView(root, id) {
  const page = await get(`entities/${id}`);
  const e = page.entity;
  if (e.kind === 'group') {
    location.replace(`#/group/${e.id}`);
    return;
  }
  mount(
    root,
    h('h1', null, e.name, ' ', h('span', { class: 'kind' }, e.kind)),
    e.kb ? h('p', { class: 'kb' }, `Knowledge base: ${e.kb}`) : null,
    h('p', { class: 'stats' }, `${plural(e.facts, 'fact')} · named in ${plural(e.mentions, 'article')}`),
    e.names.length ? h('p', { class: 'names' }, 'Seen as: ', e.names.map((n) => h('span', { class: 'chip' }, n.name, h('small', null, ` ${n.count}`)))) : null,
    h('h2', null, 'Facts'),
    factList(page.facts),
  );
}
