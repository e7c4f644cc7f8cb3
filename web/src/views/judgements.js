// Who judged what: every analyst judgement with its author, time and note, those whose fact or
// entity is no longer stored marked, each with an Undo.
import { get, send } from '../api.js';
import { h, mount } from '../dom.js';
import { redraw } from '../review.js';

function value(j) {
  switch (j.kind) {
    case 'polarity': return j.polarity;
    case 'time': return `${j.when.start || '…'} to ${j.when.end || '…'}`;
    case 'merge': return `into ${j.into.kb ? `kb:${j.into.kb}` : `${j.into.kind}:${j.into.name}`}`;
    case 'split': return j.name;
    case 'rename': return j.name;
    case 'alias': return j.alias;
    case 'kb_id': return j.kb;
    case 'not_a_group': return j.is;
    default: return '';
  }
}

export async function judgementsView(root) {
  const list = await get('judgements');
  const said = h('p', { class: 'review-status', role: 'status' });
  const undo = async (j) => {
    try {
      await send('DELETE', `judgements/${j.id}`);
      redraw();
    } catch (e) {
      said.textContent = `Not undone: ${e.message}`;
    }
  };
  mount(
    root,
    h('h1', null, 'Judgements ', h('span', { class: 'count' }, `(${list.length})`)),
    h('p', { class: 'intro' }, 'What analysts decided about facts and entities. They are stored apart from what extraction produced and hold when articles are ingested again.'),
    said,
    list.length
      ? h(
        'table',
        { class: 'judgements' },
        h('thead', null, h('tr', null, ['Kind', 'Target', 'Decision', 'Who', 'When', 'Note', 'Status', ''].map((c) => h('th', null, c)))),
        h(
          'tbody',
          null,
          list.map((j) =>
            h(
              'tr',
              { class: 'judgement', dataset: { id: j.id, kind: j.kind } },
              h('td', null, j.kind),
              h('td', null, j.target),
              h('td', null, value(j)),
              h('td', { class: 'author' }, j.author),
              h('td', null, j.at),
              h('td', null, j.note || ''),
              h('td', null, j.orphaned ? `orphaned: ${j.orphaned}` : 'applies'),
              h('td', null, h('button', { type: 'button', class: 'undo', onclick: () => undo(j) }, 'Undo')),
            ),
          ),
        ),
      )
      : h('p', { class: 'empty' }, 'No judgements yet. Open a fact’s evidence to confirm, reject or correct it.'),
  );
}
