// The map: presence and attacks at the coordinates the knowledge base gives their places, over
// an offline basemap (Natural Earth country outlines from the world-atlas package; no tiles, no
// network).
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { get } from '../api.js';
import { h, mount } from '../dom.js';
import { factDate, number } from '../format.js';
import { openEvidence } from '../evidence.js';

/** A ring that crosses the antimeridian, made continuous (Chukotka at 190°, not a band across the map). */
function unwrap(ring) {
  let last = null;
  return ring.map(([lon, lat]) => {
    if (last !== null) {
      while (lon - last > 180) lon -= 360;
      while (last - lon > 180) lon += 360;
    }
    last = lon;
    return [lon, lat];
  });
}

function basemap() {
  const all = feature(world, world.objects.countries);
  // Antarctica wraps the pole, which a Mercator map cannot draw; no article places a group there.
  const features = all.features
    .filter((f) => f.geometry && f.properties?.name !== 'Antarctica')
    .map((f) => {
      const g = f.geometry;
      const coordinates = g.type === 'Polygon' ? g.coordinates.map(unwrap) : g.coordinates.map((poly) => poly.map(unwrap));
      return { ...f, geometry: { ...g, coordinates } };
    });
  return { type: 'FeatureCollection', features };
}

const countries = basemap();
let map = null;

function popup(point) {
  return h(
    'div',
    { class: 'map-popup', dataset: { place: point.place } },
    h('h3', null, point.place),
    h('p', { class: 'counts' }, `${point.presence} presence · ${point.attacks} attacks`),
    h('ul', null, point.facts.map((f) =>
      h('li', { class: `map-fact ${f.type}` },
        h('span', { class: 'tag' }, f.type),
        ' ',
        h('a', { href: `#/group/${f.group_id}` }, f.group),
        ' · ',
        factDate(f),
        f.polarity !== 'asserted' ? [' · ', f.polarity] : null,
        f.what ? h('div', { class: 'what' }, f.what) : null,
        f.place_source === 'sentence' ? h('div', { class: 'hint' }, 'place named in the sentence') : null,
        h('button', { type: 'button', class: 'evidence-button', onclick: () => openEvidence([f.id]) }, 'Evidence')))),
  );
}

export async function mapView(root, params) {
  if (map) {
    map.remove();
    map = null;
  }
  const group = params.get('group');
  const view = await get('map', { group });
  const el = h('div', { id: 'map', class: 'map-canvas' });
  const unplaced = view.unplaced.length
    ? h('p', { class: 'hint', id: 'unplaced' }, 'Places without coordinates in the knowledge base: ',
        view.unplaced.map((u, i) => [i ? ', ' : '', h('a', { href: `#/entity/${u.place_id}` }, u.place), ` (${u.facts})`]))
    : null;
  const presence = view.points.reduce((n, p) => n + p.presence, 0);
  const attacks = view.points.reduce((n, p) => n + p.attacks, 0);
  mount(
    root,
    h('h1', null, 'Map of presence and attacks'),
    group ? h('p', null, 'Facts of one group. ', h('a', { href: '#/map' }, 'Show all groups')) : null,
    h('p', { class: 'stats', id: 'map-status' }, `${number(view.points.length)} places · ${number(presence)} presence · ${number(attacks)} attacks`),
    h('ul', { class: 'legend inline' },
      h('li', null, h('span', { class: 'swatch round presence' }), 'presence'),
      h('li', null, h('span', { class: 'swatch round attack' }), 'attacks')),
    el,
    unplaced,
  );
  map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true });
  L.geoJSON(countries, {
    style: { color: '#8a8f98', weight: 0.7, fillColor: '#eef0ec', fillOpacity: 1 },
    interactive: false,
    attribution: 'Outlines: Natural Earth (world-atlas)',
  }).addTo(map);
  // Attacks after every presence circle, so that none hides under a neighbour's larger circle.
  const markers = [];
  for (const p of view.points.filter((p) => p.presence)) {
    markers.push(L.circleMarker([p.lat, p.lon], {
      radius: 6 + Math.sqrt(p.presence) * 3, color: '#1f5f8b', weight: 1.5, fillColor: '#2980b9', fillOpacity: 0.45, className: 'marker-presence',
    }).bindPopup(popup(p), { maxWidth: 360 }));
  }
  for (const p of view.points.filter((p) => p.attacks)) {
    markers.push(L.circleMarker([p.lat, p.lon], {
      radius: 4 + Math.sqrt(p.attacks) * 2.5, color: '#8e1b10', weight: 1.5, fillColor: '#e74c3c', fillOpacity: 0.85, className: 'marker-attack',
    }).bindPopup(popup(p), { maxWidth: 360 }));
  }
  const layer = L.featureGroup(markers).addTo(map);
  if (markers.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 5 });
  else map.setView([20, 10], 2);
  el.dataset.points = view.points.length;
}
