// The browser UI of `allegiance serve`: a few views over the JSON API, chosen by the address's
// hash (#/group/12, #/network?as_of=2015-03), so every view can be bookmarked.
import './style.css';
import { h, mount } from './dom.js';
import { closeEvidence } from './evidence.js';
import { loadVocabulary } from './vocabulary.js';
import { searchView } from './views/search.js';
import { groupView } from './views/group.js';
import { entityView } from './views/entity.js';
import { networkView } from './views/network.js';
import { timelineView } from './views/timeline.js';
import { mapView } from './views/map.js';
import { judgementsView } from './views/judgements.js';
import { isCurrent, newView, Stale } from './api.js';

const root = document.getElementById('view');

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query] = raw.split('?');
  return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(query || '') };
}

async function route() {
  const view = newView();
  const { parts, params } = parse();
  const [name, arg] = parts;
  document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === (name || 'search')));
  document.body.dataset.view = name || 'search';
  if (name && name !== 'search') document.getElementById('search-input').value = '';
  closeEvidence();
  window.scrollTo(0, 0);
  root.setAttribute('aria-busy', 'true');
  try {
    if (!name || name === 'search') await searchView(root, params);
    else if (name === 'group' && /^\d+$/.test(arg || '')) await groupView(root, arg);
    else if (name === 'entity' && /^\d+$/.test(arg || '')) await entityView(root, arg);
    else if (name === 'network') await networkView(root, params);
    else if (name === 'timeline') await timelineView(root, params);
    else if (name === 'map') await mapView(root, params);
    else if (name === 'judgements') await judgementsView(root);
    else mount(root, h('h1', null, 'Not found'), h('p', null, 'No such page. ', h('a', { href: '#/' }, 'Start again')));
  } catch (e) {
    // A view another one replaced while it waited draws nothing, not even its error.
    if (!(e instanceof Stale) && isCurrent(view)) {
      mount(root, h('h1', null, 'Something went wrong'), h('p', { class: 'error' }, e.message));
    }
  } finally {
    if (isCurrent(view)) {
      root.removeAttribute('aria-busy');
      root.dataset.ready = location.hash;
    }
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : '#/';
});

/** Loads the vocabulary every view reads, then draws the first view and follows the address. */
async function start() {
  try {
    await loadVocabulary();
  } catch (e) {
    mount(root, h('h1', null, 'Something went wrong'), h('p', { class: 'error' }, `Could not load the API's vocabulary: ${e.message}`));
    root.dataset.ready = location.hash;
    return;
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
