// How facts read on the page: their dates, figures and sentences. Fact types read as the API's
// vocabulary labels them; only their colours (presentation) are kept here.
import { h } from './dom.js';
import { typeLabel } from './vocabulary.js';

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
  const parts = [name(f.subject, f.subject_id), ' ', typeLabel(f.type)];
  if (f.type === 'renamed' && f.object) parts.push(' ', name(f.object, f.object_id));
  else if (f.type === 'strength') parts.push(' ', strengthText(f), f.object ? [' in ', name(f.object, f.object_id)] : null);
  else if (f.type === 'designated') parts.push(f.object ? [' by ', name(f.object, f.object_id)] : null);
  else if (f.type === 'attack') parts.push(f.attrs?.what ? [': ', f.attrs.what] : '', f.object ? [' (', name(f.object, f.object_id), ')'] : null);
  else if (f.object) parts.push(' ', name(f.object, f.object_id));
  return parts;
}
