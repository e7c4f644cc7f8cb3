// Lists of facts whose items open the evidence panel. They live apart from format.js, which the
// panel itself uses to write a fact's sentence, so that no two modules import each other.
import { h } from './dom.js';
import { openEvidence } from './evidence.js';
import { factDate, factSentence } from './format.js';

function tags(f) {
  return [
    f.polarity !== 'asserted' ? h('span', { class: `tag polarity-${f.polarity}` }, f.polarity) : null,
    f.source ? h('span', { class: 'tag source', title: 'Who the article attributes it to' }, `per ${f.source}`) : null,
    f.review ? h('span', { class: `tag review-${f.review.status}`, title: 'An analyst’s judgement' }, f.review.status) : null,
  ];
}

/** One fact as a list item; the item and its button open the evidence panel. */
export function factItem(f, extra = null) {
  const open = (ev) => {
    if (ev.target.closest('a')) return;
    openEvidence([f.id]);
  };
  return h(
    'li',
    { class: 'fact', dataset: { factId: f.id, type: f.type }, onclick: open },
    h('span', { class: 'date' }, factDate(f)),
    h('span', { class: 'what' }, factSentence(f), tags(f)),
    extra,
    h('blockquote', { class: 'quote' }, f.evidence.text),
    h(
      'span',
      { class: 'article' },
      [f.title || f.doc, f.publisher, f.published].filter(Boolean).join(' · '),
    ),
    h('button', { type: 'button', class: 'evidence-button', title: 'Show the sentence inside the article' }, 'Evidence'),
  );
}

/** At most this many facts of a list are drawn until asked for more (a group named in
 * thousands of articles would otherwise make a page of tens of thousands of elements). */
export const SHOWN = 50;

export function factList(facts, empty = 'None found.') {
  if (!facts.length) return h('p', { class: 'empty' }, empty);
  const list = h('ul', { class: 'facts' }, facts.slice(0, SHOWN).map((f) => factItem(f)));
  if (facts.length <= SHOWN) return list;
  let shown = SHOWN;
  const more = h('button', { type: 'button', class: 'more' });
  const label = () => {
    more.textContent = `Show ${Math.min(SHOWN * 4, facts.length - shown)} more of ${facts.length - shown}`;
  };
  more.addEventListener('click', () => {
    const next = facts.slice(shown, shown + SHOWN * 4);
    list.append(...next.map((f) => factItem(f)));
    shown += next.length;
    if (shown >= facts.length) more.remove();
    else label();
  });
  label();
  return h('div', null, list, more);
}
