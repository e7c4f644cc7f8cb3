// The terms the API uses (fact types with their labels, entity kinds, polarities), loaded once
// from /api/vocabulary before the first view is drawn, so the page never keeps a copy of its own.
import { get } from './api.js';

let loaded = null;

/** Fetches the vocabulary; main.js awaits it before routing to the first view. */
export async function loadVocabulary() {
  loaded = await get('vocabulary');
}

function vocabulary() {
  if (!loaded) throw new Error('the vocabulary is used before loadVocabulary() finished');
  return loaded;
}

/** Every fact type as `{ name, label, symmetric, network }`, in the API's order. */
export function factTypes() {
  return vocabulary().fact_types;
}

/** The fact types drawn as edges of the network of groups. */
export function networkTypes() {
  return factTypes().filter((t) => t.network);
}

/** How a fact of this type reads between subject and object; an unknown type as its words. */
export function typeLabel(type) {
  return factTypes().find((t) => t.name === type)?.label ?? type.replace(/_/g, ' ');
}

/** Whether the relation holds both ways (drawn without an arrow). */
export function isSymmetric(type) {
  return factTypes().some((t) => t.name === type && t.symmetric);
}

/** The entity kinds (group, person, place, body), in the API's order. */
export function entityKinds() {
  return vocabulary().entity_kinds;
}

/** How firmly an article can state a fact (asserted, hedged, denied), in the API's order. */
export function polarities() {
  return vocabulary().polarities;
}
