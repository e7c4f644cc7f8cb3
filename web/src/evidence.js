// The evidence panel: a fact's sentence highlighted inside its cleaned article, with the
// article's title, outlet and date. The text arrives as three plain strings (before, quote,
// after) and goes into the page as text nodes.
import { get, Stale } from './api.js';
import { h, mount, safeLink } from './dom.js';
import { factDate, factSentence } from './format.js';
import { reviewBlock } from './review.js';
import { polarities } from './vocabulary.js';

const panel = () => document.getElementById('evidence');
let current = { ids: [], index: 0 };

export function closeEvidence() {
  const p = panel();
  p.hidden = true;
  p.replaceChildren();
  current = { ids: [], index: 0 };
}

/** Opens the panel on the facts `ids` (several when an edge or a map point stands for many). */
export async function openEvidence(ids, index = 0) {
  current = { ids, index };
  const p = panel();
  p.hidden = false;
  mount(p, h('p', { class: 'loading' }, 'Loading the evidence…'));
  let view;
  try {
    view = await get(`facts/${ids[index]}/evidence`);
  } catch (e) {
    if (e instanceof Stale) return; // the page changed meanwhile, and closed the panel
    mount(p, closeButton(), h('p', { class: 'error' }, `Could not load the evidence: ${e.message}`));
    return;
  }
  if (current.ids !== ids || current.index !== index) return; // another fact was opened meanwhile
  const f = view.fact;
  const d = view.document;
  const nav =
    ids.length > 1
      ? h(
          'div',
          { class: 'evidence-nav' },
          h('button', { type: 'button', disabled: index === 0, onclick: () => openEvidence(ids, index - 1) }, '‹ Previous'),
          h('span', null, `Fact ${index + 1} of ${ids.length}`),
          h('button', { type: 'button', disabled: index === ids.length - 1, onclick: () => openEvidence(ids, index + 1) }, 'Next ›'),
        )
      : null;
  const quote = h('mark', { class: 'evidence-quote' }, view.quote);
  const article = h(
    'div',
    { class: 'article-text' },
    view.before,
    view.located ? quote : null,
    view.after,
  );
  mount(
    p,
    closeButton(),
    nav,
    h('h2', { class: 'evidence-fact' }, factSentence(f, true)),
    h(
      'dl',
      { class: 'evidence-meta' },
      h('dt', null, 'When'), h('dd', null, factDate(f)),
      h('dt', null, 'Polarity'), h('dd', null, f.polarity),
      h('dt', null, 'Source'), h('dd', null, f.source || 'the article itself'),
    ),
    h(
      'header',
      { class: 'evidence-article' },
      h('h3', { class: 'article-title' }, d.title || d.doc),
      h(
        'p',
        { class: 'article-meta' },
        h('span', { class: 'outlet' }, d.publisher || 'outlet unknown'),
        ' · ',
        h('span', { class: 'published' }, d.published || 'date unknown'),
        d.url ? [' · ', safeLink(d.url)] : [' · ', h('span', { class: 'path' }, d.path)],
      ),
    ),
    reviewBlock(f, polarities()),
    view.located ? null : h('p', { class: 'error' }, 'The stored offsets do not point at the quote; the article is shown without highlighting. Quote: ', f.evidence.text),
    article,
  );
  quote.scrollIntoView({ block: 'center' });
}

function closeButton() {
  return h('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence', onclick: closeEvidence }, '×');
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !panel().hidden) closeEvidence();
});
