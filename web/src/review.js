// Judging from the page: the review block of the evidence panel (confirm, reject, correct the
// polarity or the time) and the merge form of a group page. After a judgement the view is drawn again, so a
// rejected fact leaves it and a merged group joins the kept one.
import { get, send } from './api.js';
import { h } from './dom.js';

/** Draws the current view again (the router listens for this). */
export function redraw() {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function status(el, text, error = false) {
  el.textContent = text;
  el.className = error ? 'review-status error' : 'review-status';
}

/** The review block for fact `f` in the evidence panel. */
export function reviewBlock(f, polarities) {
  const note = h('input', { type: 'text', class: 'review-note', placeholder: 'Why (kept with the judgement)', 'aria-label': 'Note' });
  const said = h('p', { class: 'review-status', role: 'status' });
  const judge = async (body) => {
    try {
      const j = await send('POST', `judgements/facts/${f.id}`, { ...body, note: note.value || null });
      status(said, `Recorded ${j.id} (${j.kind} by ${j.author}).`);
      redraw();
    } catch (e) {
      status(said, `Not recorded: ${e.message}`, true);
    }
  };
  const polarity = h(
    'select',
    { class: 'review-polarity', 'aria-label': 'Polarity' },
    polarities.map((p) => h('option', { value: p, selected: p === f.polarity }, p)),
  );
  // Setting `value` as an attribute makes it the field's initial text.
  const when = f.when || {};
  const start = h('input', { type: 'text', class: 'review-start', size: 10, placeholder: 'YYYY[-MM[-DD]]', 'aria-label': 'From', value: when.start });
  const end = h('input', { type: 'text', class: 'review-end', size: 10, placeholder: 'YYYY[-MM[-DD]]', 'aria-label': 'Until', value: when.end });
  const correctTime = () =>
    judge({ action: 'time', start: start.value.trim() || null, end: end.value.trim() || null });
  return h(
    'section',
    { class: 'review', 'aria-label': 'Review this fact' },
    h('h3', null, 'Review'),
    note,
    h(
      'div',
      { class: 'review-actions' },
      h('button', { type: 'button', class: 'review-confirm', onclick: () => judge({ action: 'confirm' }) }, 'Confirm'),
      h('button', { type: 'button', class: 'review-reject', onclick: () => judge({ action: 'reject' }) }, 'Reject'),
      polarity,
      h('button', { type: 'button', class: 'review-correct', onclick: () => judge({ action: 'polarity', polarity: polarity.value }) }, 'Correct polarity'),
    ),
    h(
      'div',
      { class: 'review-actions' },
      h('label', null, 'From ', start),
      h('label', null, ' until ', end),
      h('button', { type: 'button', class: 'review-time', onclick: correctTime }, 'Correct time'),
    ),
    said,
  );
}

/** The form on a group page that merges another group into it. */
export function mergeForm(group) {
  const input = h('input', { type: 'search', class: 'merge-name', placeholder: 'Another group, by any name', 'aria-label': 'Group to merge into this one' });
  const said = h('p', { class: 'review-status', role: 'status' });
  const submit = async (ev) => {
    ev.preventDefault();
    const name = input.value.trim();
    if (!name) return;
    try {
      const hits = await get('search', { q: name, kind: 'group', limit: 5 });
      const other = hits.find((hit) => hit.id !== group.id);
      if (!other) {
        status(said, `No other group is called “${name}”.`, true);
        return;
      }
      const j = await send('POST', 'judgements/merge', { keep: group.id, other: other.id });
      status(said, `Merged ${other.name} into ${group.name} (${j.id}).`);
      redraw();
    } catch (e) {
      status(said, `Not merged: ${e.message}`, true);
    }
  };
  return h(
    'form',
    { class: 'merge-form', onsubmit: submit },
    h('label', null, 'Same group as this one: ', input),
    h('button', { type: 'submit', class: 'merge-submit' }, 'Merge into this group'),
    said,
  );
}
