// How facts read on the page.
import { h } from './dom.js';
import { openEvidence } from './evidence.js';

export const TYPE_LABELS = {
  pledge: 'pledged allegiance to',
  branch_of: 'is a branch of',
  splinter_of: 'split from',
  renamed: 'was renamed',
  merged_into: 'merged into',
  ally_of: 'is allied with',
  rival_of: 'is a rival of',
  leader_of: 'leads',
  founder_of: 'founded',
  member_of: 'is a member of',
  designated: 'was designated',
  strength: 'has',
  presence: 'is present in',
  attack: 'attack',
};

/** Edge and marker colours per relation, shared by the network, its legend and the timeline. */
export const TYPE_COLOURS = {
  pledge: '#d62728',
  branch_of: '#1f77b4',
  splinter_of: '#ff7f0e',
  renamed: '#7f7f7f',
  merged_into: '#9467bd',
  ally_of: '#2ca02c',
  rival_of: '#8c564b',
  leader_of: '#34495e',
  founder_of: '#34495e',
  member_of: '#95a5a6',
  designated: '#b7950b',
  strength: '#16a085',
  presence: '#2980b9',
  attack: '#e74c3c',
};

/** The fact's time: its own, else its article's date (marked as such). */
export function factDate(f) {
  const w = f.when;
  if (w && (w.start || w.end)) {
    if (w.start && w.end && w.start !== w.end) return `${w.start} – ${w.end}`;
    return w.start || `until ${w.end}`;
  }
  return f.published ? `published ${f.published}` : 'undated';
}

/** A sortable date for a fact, or null. */
export function factSortDate(f) {
  return f.when?.start || f.when?.end || f.published || null;
}

export function number(n) {
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** "1 fact", "12 facts". */
export function plural(n, word) {
  return `${number(n)} ${word}${Number(n) === 1 ? '' : 's'}`;
}

export function strengthText(f) {
  const a = f.attrs || {};
  const range = a.min !== undefined && a.max !== undefined && a.min !== a.max ? `${number(a.min)}–${number(a.max)}` : number(a.min ?? a.max);
  return [a.qualifier, range, a.unit].filter(Boolean).join(' ');
}

/** What the fact states, in words: "Boko Haram pledged allegiance to Islamic State". */
export function factSentence(f, link = true) {
  const name = (n, id) => (link && id != null ? h('a', { href: `#/entity/${id}` }, n) : n);
  const parts = [name(f.subject, f.subject_id), ' ', TYPE_LABELS[f.type] || f.type.replace(/_/g, ' ')];
  if (f.type === 'renamed' && f.object) parts.push(' ', name(f.object, f.object_id));
  else if (f.type === 'strength') parts.push(' ', strengthText(f), f.object ? [' in ', name(f.object, f.object_id)] : null);
  else if (f.type === 'designated') parts.push(f.object ? [' by ', name(f.object, f.object_id)] : null);
  else if (f.type === 'attack') parts.push(f.attrs?.what ? [': ', f.attrs.what] : '', f.object ? [' (', name(f.object, f.object_id), ')'] : null);
  else if (f.object) parts.push(' ', name(f.object, f.object_id));
  return parts;
}

function tags(f) {
  return [
    f.polarity !== 'asserted' ? h('span', { class: `tag polarity-${f.polarity}` }, f.polarity) : null,
    f.source ? h('span', { class: 'tag source', title: 'Who the article attributes it to' }, `per ${f.source}`) : null,
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
