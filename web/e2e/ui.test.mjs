// Drives Debian's Chromium (playwright-core, no browser download) against a running
// `allegiance serve` over a database of examples/ and e2e/fixtures/, and saves a screenshot of
// each view. Run by .ci/web-e2e, which sets ALLEGIANCE_URL and SCREENSHOTS_DIR.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.ALLEGIANCE_URL;
const SHOTS = process.env.SCREENSHOTS_DIR || join(process.cwd(), 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!BASE) throw new Error('set ALLEGIANCE_URL to the address `allegiance serve` printed');

let context;
let page;
let profile;
const requests = [];
const problems = [];

const shot = (name, fullPage = false) => page.screenshot({ path: join(SHOTS, name), fullPage });
/** Opens a view by its address (`#/network`) and waits until it has rendered. */
const go = async (hash) => {
  await page.goto(new URL(hash, BASE).href);
  await page.waitForFunction((h) => document.getElementById('view').dataset.ready === h, hash);
};
const text = (sel) => page.locator(sel).first().textContent();
/** The fact types, labels and kinds the server's API gives the page. */
const vocabulary = async () => (await fetch(new URL('api/vocabulary', BASE))).json();

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'allegiance-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] || (await context.newPage());
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the search finds a group by an alias', async () => {
  await go('#/');
  await page.locator('.group-list .hit').first().waitFor();
  await page.fill('#search-input', 'ISKP');
  await page.press('#search-input', 'Enter');
  const hit = page.locator('.hits[data-kind=group] .hit').first();
  await hit.waitFor();
  assert.equal(await hit.locator('.hit-name').textContent(), 'Islamic State Khorasan Province');

  // An alias only the knowledge base knows (no example article says "Daesh").
  await go('#/search?q=Daesh');
  assert.equal(await text('.hits[data-kind=group] .hit-name'), 'Islamic State');
  assert.match(await text('.hits[data-kind=group] .matched'), /knowledge-base alias/);

  // Part of a name finds groups, people and places.
  await go('#/search?q=Khorasan');
  const names = await page.locator('.hits[data-kind=group] .hit-name').allTextContents();
  assert.ok(names.includes('Islamic State Khorasan Province') && names.includes('Khorasan group'), names.join(', '));
  await go('#/search?q=al-Qaeda');
  assert.ok((await page.locator('.hits[data-kind=group] .hit').count()) >= 4);
  await shot('search.png');
});

test('the group page lists its facts', async () => {
  await go('#/search?q=ISIL');
  await page.locator('.hits[data-kind=group] .hit-name', { hasText: /^Islamic State$/ }).click();
  await page.waitForFunction(() => /^group\/\d+$/.test(document.getElementById('view').dataset.ready.replace(/^#\//, '')));
  assert.equal(await text('#group-name'), 'Islamic State');
  const names = await page.locator('#group-names .chip').allTextContents();
  assert.ok(names.some((n) => n.startsWith('ISIL')), names.join(', '));

  const section = (id) => page.locator(`#section-${id} .fact`);
  const pledges = await section('pledges_in').locator('.what').allTextContents();
  assert.ok(pledges.some((p) => p.startsWith('Boko Haram pledged allegiance to Islamic State')), pledges.join(' | '));
  const branches = await section('branches').locator('.what').allTextContents();
  assert.ok(branches.some((b) => b.includes('Islamic State Khorasan Province')), branches.join(' | '));
  const leaders = await section('leaders').locator('.what').allTextContents();
  assert.ok(leaders.some((l) => l.includes('Abu Bakr al-Baghdadi')), leaders.join(' | '));
  assert.ok((await section('areas').count()) >= 3);
  assert.ok((await section('attacks').count()) >= 1);
  // The strength chart: a point per dated estimate, labelled with its source.
  assert.ok((await page.locator('#section-strength .strength-chart .point').count()) >= 1);
  assert.ok((await page.locator('#section-strength .strength-chart .who').first().textContent()).length > 0);
  await shot('group.png', true);
});

test('an evidence panel shows the highlighted sentence in its article', async () => {
  const fact = page.locator('#section-pledges_in .fact').first();
  const quote = await fact.locator('.quote').textContent();
  await fact.locator('.evidence-button').click();
  const mark = page.locator('#evidence mark.evidence-quote');
  await mark.waitFor();
  assert.equal(await mark.textContent(), quote);
  const article = await text('#evidence .article-text');
  assert.ok(article.length > quote.length * 2 && article.includes(quote), 'the whole article is shown around the quote');
  assert.ok((await text('#evidence .article-title')).length > 0);
  assert.match(await text('#evidence .published'), /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(await mark.isVisible());
  await shot('evidence.png');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#evidence').isHidden(), true);
});

async function networkCounts() {
  return page.evaluate(() => {
    const el = document.getElementById('network');
    return { nodes: Number(el.dataset.nodes), edges: Number(el.dataset.edges), asOf: el.dataset.asOf };
  });
}

async function drawnPixels() {
  return page.evaluate(() => {
    let n = 0;
    for (const c of document.querySelectorAll('#network canvas')) {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4 * 7) if (d[i] > 0) n++;
    }
    return n;
  });
}

test('the network draws nodes and edges, and the time slider changes them', async () => {
  await go('#/network');
  await page.waitForFunction(() => document.getElementById('network').dataset.nodes !== undefined);
  const all = await networkCounts();
  assert.ok(all.nodes >= 10 && all.edges >= 10, JSON.stringify(all));
  assert.ok((await drawnPixels()) > 500, 'the canvas shows the graph');
  // The legend names the network relations as the API's vocabulary labels them.
  const relations = (await vocabulary()).fact_types.filter((t) => t.network).map((t) => t.label);
  assert.ok(relations.includes('pledged allegiance to'), relations.join(', '));
  assert.deepEqual(await page.locator('.network-side .legend li').allTextContents(), [...relations, 'hedged only']);
  await shot('network.png');

  // Earliest month: only what had been stated by then.
  await page.focus('#as-of');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.getElementById('network').dataset.asOf !== '');
  const first = await networkCounts();
  assert.ok(first.edges < all.edges && first.nodes < all.nodes, JSON.stringify({ first, all }));
  // Step to January 2015: more than at first, fewer than over all dates.
  const label = async () => page.locator('#as-of-label').textContent();
  while ((await label()) < '2015-01') await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('network').dataset.asOf === '2015-01');
  const mid = await networkCounts();
  assert.ok(mid.edges > first.edges && mid.edges < all.edges, JSON.stringify({ first, mid, all }));
  assert.match(await text('#network-status'), /as stated by 2015-01/);
  await shot('network-2015-01.png');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.getElementById('network').dataset.asOf === '');
  assert.deepEqual(await networkCounts(), all);
});

test('the timeline lists facts by year', async () => {
  await go('#/timeline');
  await page.locator('.timeline .year').first().waitFor();
  const years = await page.locator('.timeline .year').evaluateAll((els) => els.map((e) => e.dataset.year));
  assert.ok(years.length >= 5, years.join(','));
  const dated = years.filter((y) => y !== 'undated');
  assert.deepEqual(dated, [...dated].sort());
  assert.ok((await page.locator('.timeline .fact').count()) >= 50);
  // The type filter offers every fact type of the API's vocabulary.
  const typeNames = (await vocabulary()).fact_types.map((t) => t.name);
  assert.equal(typeNames.length, 14);
  const options = await page.locator('#timeline-filters select[name=type] option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ['', ...typeNames]);
  await shot('timeline.png');
  // Filtered by type.
  await page.selectOption('#timeline-filters select[name=type]', 'pledge');
  await page.click('#timeline-filters button[type=submit]');
  await page.waitForFunction(() => document.getElementById('view').dataset.ready === '#/timeline?type=pledge');
  const types = await page.locator('.timeline .fact').evaluateAll((els) => els.map((e) => e.dataset.type));
  assert.ok(types.length >= 3 && types.every((t) => t === 'pledge'), types.join(','));
});

test('the map shows presence and attacks at their places', async () => {
  await go('#/map');
  await page.locator('path.marker-attack').first().waitFor();
  const presence = await page.locator('path.marker-presence').count();
  const attacks = await page.locator('path.marker-attack').count();
  assert.ok(presence >= 10 && attacks >= 3, JSON.stringify({ presence, attacks }));
  // The offline basemap: country outlines drawn from the bundled Natural Earth data.
  assert.ok((await page.locator('.leaflet-overlay-pane path:not(.leaflet-interactive)').count()) > 100);
  await page.locator('path.marker-attack').first().click({ force: true });
  const popup = page.locator('.leaflet-popup .map-popup');
  await popup.waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1');
  assert.ok((await popup.locator('.map-fact.attack').count()) >= 1);
  await shot('map.png');
  await popup.locator('.map-fact.attack .evidence-button').first().click();
  await page.locator('#evidence mark.evidence-quote').waitFor();
});

test('markup inside an article is shown as text, never run', async () => {
  await go('#/search?q=al-Shabaab');
  await page.locator('.hits[data-kind=group] .hit-name', { hasText: /^al-Shabaab$/ }).click();
  await page.locator('#section-attacks .fact').first().waitFor();
  const attack = page.locator('#section-attacks .fact', { hasText: '<script>' });
  assert.equal(await attack.count(), 1, 'the attack sentence keeps its <script> as text');
  await attack.locator('.evidence-button').click();
  const mark = page.locator('#evidence mark.evidence-quote');
  await mark.waitFor();
  assert.match(await mark.textContent(), /<script>window\.__pwned = 2<\/script>/);
  assert.match(await text('#evidence .article-title'), /<img src=x onerror="window.__pwned=1">/);
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned,
    scripts: document.querySelectorAll('#view script, #evidence script').length,
    images: document.querySelectorAll('img[src="x"], #evidence img, #view img').length,
  }));
  assert.deepEqual(injected, { pwned: undefined, scripts: 0, images: 0 });
  // The same article's 2011 figure disagrees with another's: shown as a conflict.
  const conflicts = await page.locator('#section-conflicts .conflict-strength h3').allTextContents();
  assert.ok(conflicts.some((c) => c.includes('2011')), conflicts.join(' | '));
  await shot('evidence-markup.png');
});

test('an analyst rejects a fact, merges two groups, corrects a time and undoes the rejection', async () => {
  await go('#/search?q=ISKP');
  await page.locator('.hits[data-kind=group] .hit-name', { hasText: /^Islamic State Khorasan Province$/ }).click();
  await page.locator('#section-rivals .fact').first().waitFor();
  const hash = await page.evaluate(() => location.hash);
  const talibanRivalry = () =>
    page.locator('#section-rivals .fact').filter({ has: page.locator('.what', { hasText: /^Taliban/ }) });
  assert.equal(await talibanRivalry().count(), 1);

  // Reject it from its evidence panel: the page is drawn again without it.
  await talibanRivalry().locator('.evidence-button').click();
  await page.locator('#evidence .review').waitFor();
  await page.fill('#evidence .review-note', 'the Taliban fight ISKP: rivals, but the sentence is about IS');
  await page.click('#evidence .review-reject');
  await page.waitForFunction(
    () => ![...document.querySelectorAll('#section-rivals .fact .what')].some((w) => w.textContent.startsWith('Taliban')),
  );
  await page.waitForFunction((h) => document.getElementById('view').dataset.ready === h, hash);
  assert.equal(await talibanRivalry().count(), 0);
  await shot('judge-reject.png', true);

  // Merge the Afghanistan province into it from the group page.
  await page.fill('.merge-form .merge-name', 'Islamic State Afghanistan Province');
  await page.click('.merge-form .merge-submit');
  await page.waitForFunction(
    () => [...document.querySelectorAll('#group-names .chip')].some((c) => c.textContent.startsWith('Islamic State Afghanistan Province')),
  );
  assert.equal(await text('#group-name'), 'Islamic State Khorasan Province');
  await shot('judge-merge.png');

  // Correct a fact's time from its evidence panel.
  await page.locator('#view .fact .evidence-button').first().click();
  await page.locator('#evidence .review').waitFor();
  await page.fill('#evidence .review-start', '2015-01');
  await page.click('#evidence .review-time');
  await page.waitForFunction(async () => {
    const made = await fetch('/api/judgements').then((r) => r.json());
    return made.some((j) => j.kind === 'time');
  });

  // Who judged what, and undo the rejection.
  await go('#/judgements');
  const rows = page.locator('table.judgements tr.judgement');
  assert.equal(await rows.count(), 3);
  assert.equal(await page.locator('tr.judgement[data-kind=time]').count(), 1);
  const reject = page.locator('tr.judgement[data-kind=reject]');
  assert.equal(await reject.locator('.author').textContent(), 'browser');
  assert.match(await reject.textContent(), /the Taliban fight ISKP/);
  await reject.locator('button.undo').click();
  await page.waitForFunction(() => document.querySelectorAll('table.judgements tr.judgement').length === 2);
  assert.equal(await page.locator('tr.judgement[data-kind=merge]').count(), 1);
  await shot('judge-undo.png');
  await go(hash);
  assert.equal(await talibanRivalry().count(), 1, 'the rejected fact is back after the undo');
});

test('nothing is fetched from anywhere but the server, and the page reports no errors', () => {
  const origin = new URL(BASE).origin;
  const elsewhere = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(problems, []);
});
