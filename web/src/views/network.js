// The network of groups: edges coloured by relation, a time slider that shows the network as
// stated up to a date, a click on a group opening its page and one on an edge its evidence.
import cytoscape from 'cytoscape';
import { get, Stale } from '../api.js';
import { h, mount } from '../dom.js';
import { TYPE_COLOURS } from '../format.js';
import { openEvidence } from '../evidence.js';
import { isSymmetric, networkTypes } from '../vocabulary.js';

/** Months from the first date's to the last date's, as YYYY-MM. */
function months(first, last) {
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7) || 1)];
  const [y1, m1] = [Number(last.slice(0, 4)), Number(last.slice(5, 7) || 12)];
  const out = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
}

let cy = null;

export async function networkView(root, params) {
  if (cy) {
    cy.destroy();
    cy = null;
  }
  const all = await get('network');
  const status = h('p', { id: 'network-status', class: 'status', 'aria-live': 'polite' });
  const container = h('div', { id: 'network', class: 'network-canvas' });
  const legend = h(
    'ul',
    { class: 'legend' },
    networkTypes().map((t) => h('li', null, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t.name] || '#888'}` }), t.label)),
    h('li', null, h('span', { class: 'swatch dashed' }), 'hedged only'),
  );
  const steps = all.first && all.last ? months(all.first, all.last) : [];
  const slider = h('input', {
    type: 'range', id: 'as-of', min: 0, max: steps.length, step: 1, value: steps.length,
    'aria-label': 'Show the network as of this date', disabled: steps.length ? null : true,
  });
  const asOfLabel = h('output', { id: 'as-of-label', for: 'as-of' }, 'all dates');
  mount(
    root,
    h('h1', null, 'Network of groups'),
    h('div', { class: 'network-controls' },
      h('label', { for: 'as-of' }, 'As of '), slider, asOfLabel, status),
    h('div', { class: 'network-layout' }, container, h('aside', { class: 'network-side' }, h('h2', null, 'Relations'), legend,
      h('p', { class: 'hint' }, 'Click a group to open its page, a line to read its evidence. Drag the slider to see the network as articles had stated it by then.'))),
  );
  if (!all.nodes.length) {
    status.textContent = 'No relations between groups are stored yet.';
    container.dataset.nodes = 0;
    container.dataset.edges = 0;
    return;
  }
  cy = cytoscape({
    container,
    elements: [
      ...all.nodes.map((n) => ({ data: { id: `n${n.id}`, entity: n.id, label: n.name, weight: Math.sqrt(n.facts) } })),
      ...all.edges.map((e) => ({
        data: { id: e.id, source: `n${e.source}`, target: `n${e.target}`, type: e.type, colour: TYPE_COLOURS[e.type] || '#888', facts: e.fact_ids },
        classes: [e.hedged ? 'hedged' : '', isSymmetric(e.type) ? 'symmetric' : ''].join(' '),
      })),
    ],
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 14, 'text-wrap': 'wrap', 'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 4,
        'background-color': '#34495e', width: 'mapData(weight, 0, 8, 14, 46)', height: 'mapData(weight, 0, 8, 14, 46)', color: '#222',
        'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
      { selector: 'edge', style: {
        width: 2.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 1.1 } },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.hedged', style: { 'line-style': 'dashed' } },
      { selector: '.off', style: { display: 'none' } },
      { selector: 'node:selected', style: { 'background-color': '#c0392b' } },
    ],
    layout: { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, edgeElasticity: () => 80, nodeOverlap: 40, componentSpacing: 120, gravity: 40, numIter: 2500, padding: 30 },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (ev) => {
    location.hash = `#/group/${ev.target.data('entity')}`;
  });
  cy.on('tap', 'edge', (ev) => openEvidence(ev.target.data('facts')));

  const show = (net) => {
    const edgeIds = new Set(net.edges.map((e) => e.id));
    const nodeIds = new Set(net.nodes.map((n) => `n${n.id}`));
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('off', !nodeIds.has(n.id())));
      cy.edges().forEach((e) => e.toggleClass('off', !edgeIds.has(e.id())));
    });
    container.dataset.nodes = nodeIds.size;
    container.dataset.edges = edgeIds.size;
    container.dataset.asOf = net.as_of || '';
    status.textContent = `${nodeIds.size} groups, ${edgeIds.size} relations ${net.as_of ? `as stated by ${net.as_of}` : 'over all dates'}`;
  };
  let pending = 0;
  const update = async () => {
    const i = Number(slider.value);
    const asOf = i >= steps.length ? null : steps[i];
    asOfLabel.textContent = asOf || 'all dates';
    const ticket = ++pending;
    let net = all;
    try {
      if (asOf) net = await get('network', { as_of: asOf });
    } catch (e) {
      if (e instanceof Stale) return; // another view was opened meanwhile
      throw e;
    }
    if (ticket === pending) show(net);
    history.replaceState(null, '', asOf ? `#/network?as_of=${asOf}` : '#/network');
  };
  slider.addEventListener('input', update);
  const asked = params.get('as_of');
  if (asked && steps.includes(asked.slice(0, 7))) {
    slider.value = steps.indexOf(asked.slice(0, 7));
    await update();
  } else {
    show(all);
  }
}
