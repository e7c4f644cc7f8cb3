// The strength chart: one point per estimate at its date, a bar from its low to its high figure,
// labelled with who made it; a click opens its evidence. Plain SVG.
import { h, s } from './dom.js';
import { factSortDate, number, strengthText } from './format.js';
import { openEvidence } from './evidence.js';

/** "2014", "2014-09" or "2014-09-11" as a fractional year. */
export function yearOf(date) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 6;
  const day = m[3] ? Number(m[3]) - 1 : m[2] ? 15 : 0;
  return Number(m[1]) + (month + day / 31) / 12;
}

export function strengthChart(facts) {
  const points = [];
  const undated = [];
  for (const f of facts) {
    const a = f.attrs || {};
    const lo = Number(a.min ?? a.max);
    const hi = Number(a.max ?? a.min);
    const x = yearOf(factSortDate(f));
    if (!Number.isFinite(lo)) continue;
    if (x === null) undated.push(f);
    else points.push({ f, x, lo: Math.min(lo, hi), hi: Math.max(lo, hi), who: f.source || f.publisher || f.title || f.doc });
  }
  if (!points.length) return h('p', { class: 'empty' }, 'No dated estimates to chart.');
  const W = 680, H = 260, L = 64, R = 16, T = 16, B = 48;
  let x0 = Math.floor(Math.min(...points.map((p) => p.x)));
  let x1 = Math.ceil(Math.max(...points.map((p) => p.x)));
  if (x1 - x0 < 2) { x0 -= 1; x1 += 1; }
  const yMax = Math.max(...points.map((p) => p.hi)) * 1.15 || 1;
  const X = (x) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const Y = (y) => T + (1 - y / yMax) * (H - T - B);
  const axis = [];
  const step = Math.max(1, Math.ceil((x1 - x0) / 10));
  for (let yr = x0; yr <= x1; yr += step) {
    axis.push(s('line', { x1: X(yr), x2: X(yr), y1: T, y2: H - B, class: 'grid' }));
    axis.push(s('text', { x: X(yr), y: H - B + 16, class: 'tick', 'text-anchor': 'middle' }, String(yr)));
  }
  for (let i = 0; i <= 4; i++) {
    const v = (yMax / 4) * i;
    axis.push(s('text', { x: L - 6, y: Y(v) + 4, class: 'tick', 'text-anchor': 'end' }, number(v)));
    axis.push(s('line', { x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: 'grid' }));
  }
  const marks = points.map((p, i) => {
    const mid = (p.lo + p.hi) / 2;
    const label = p.who.length > 28 ? `${p.who.slice(0, 27)}…` : p.who;
    return s(
      'g',
      { class: 'point', tabindex: 0, role: 'button', dataset: { factId: p.f.id }, onclick: () => openEvidence([p.f.id]),
        onkeydown: (e) => { if (e.key === 'Enter') openEvidence([p.f.id]); } },
      s('title', null, `${strengthText(p.f)} (${factSortDate(p.f)}), per ${p.who}. Click for the evidence.`),
      s('line', { x1: X(p.x), x2: X(p.x), y1: Y(p.lo), y2: Y(p.hi), class: 'range' }),
      s('circle', { cx: X(p.x), cy: Y(mid), r: 5 }),
      s('text', { x: X(p.x) + 8, y: Y(mid) - 6 - (i % 2) * 12, class: 'who' }, label),
    );
  });
  return h(
    'figure',
    { class: 'strength-chart' },
    s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Strength estimates over time' },
      axis,
      s('text', { x: 12, y: T + (H - T - B) / 2, class: 'axis-label', transform: `rotate(-90 12 ${T + (H - T - B) / 2})`, 'text-anchor': 'middle' }, 'fighters'),
      marks),
    h('figcaption', null, `${points.length} dated estimate${points.length === 1 ? '' : 's'}, each labelled with its source`,
      undated.length ? `; ${undated.length} undated (listed below)` : '', '. Bars run from the low to the high figure.'),
  );
}
