// "Open a matrix…" on the release build: a CSV through the file input, a
// dropped file, a pasted TSV table and an ODS spreadsheet (through the
// spreadsheet module, loaded only then) go through the review, where the
// provider is picked, and the table shows their rows and parties with the
// built-ins' features (filter, checklist, export, picker, back and forward);
// a bad file shows an error and leaves the matrix shown; axe finds nothing
// on the review step, in light and dark; nothing is sent anywhere.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { axeViolations, openPage, REPO_ROOT, saveArtifacts, useSite } from './harness.mjs';

const site = useSite();
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'import');
// three-parties.csv: six activities under Platform and Workloads; Rackspace,
// Azure and Customer named in its "Who" cells.
const THREE = fs.readFileSync(path.join(FIXTURES, 'three-parties.csv'));

async function openSite(hash = '#o=vmware') {
  const session = await openPage(site.browser, `${site.server.url}${hash}`);
  await session.page.waitForSelector('[data-rm="widget"] [data-rm-row]');
  // Every request the page makes, to prove nothing leaves the site.
  session.requests = [];
  session.page.on('request', (r) => session.requests.push(r.url()));
  return session;
}

const text = (page, selector) => page.textContent(selector);
const rowCount = (page) => page.$$eval('[data-rm="matrix"] [data-rm-row]:not([hidden])', (rows) => rows.length);
/** The text of the cell of `activity`'s row in column (or party sub-column) `col`. */
const cellText = (page, activity, col) =>
  page.$$eval(
    '[data-rm="matrix"] [data-rm-row]',
    (rows, [a, c]) => rows.find((r) => r.textContent.includes(a))?.querySelector(`td[data-rm-col="${c}"]`)?.textContent ?? '',
    [activity, col],
  );
const header = (page, col) => page.textContent(`[data-rm="matrix"] th[data-rm-col="${col}"]`);
const rowText = (page, activity) =>
  page.$$eval('[data-rm="matrix"] [data-rm-row]', (rows, a) => rows.find((r) => r.textContent.includes(a))?.textContent ?? '', activity);

async function noViolations(page, name) {
  const violations = await axeViolations(page, '[data-rm="open-dialog"]');
  assert.deepEqual(violations, [], `${name}: axe violations ${JSON.stringify(violations, null, 1)}`);
}

async function confirm(page) {
  await page.click('[data-rm="open-confirm"]');
  await page.waitForSelector('[data-rm="open-dialog"]', { state: 'detached' });
}

/** Asserts every request went to the site itself. */
function onlyOwnRequests(session) {
  const foreign = session.requests.filter((u) => !u.startsWith(site.server.url));
  assert.deepEqual(foreign, [], 'no request leaves the site');
}

describe('open a matrix', () => {
  test('a CSV through the file input: review, provider choice, then every feature', async () => {
    const s = await openSite();
    const { page } = s;
    try {
      await page.setInputFiles('[data-rm="open-input"]', { name: 'three-parties.csv', mimeType: 'text/csv', buffer: THREE });
      await page.waitForSelector('[data-rm="open-dialog"]');
      assert.equal(await text(page, '[data-rm="open-found"]'), 'Found 6 rows in 2 sections, 3 parties and 1 scope.');
      assert.equal(await text(page, '[data-rm="open-sections"]'), 'Platform, Workloads');
      assert.equal(await page.inputValue('[data-rm="open-provider"]'), 'rackspace');
      await noViolations(page, 'review (light)');
      await page.emulateMedia({ colorScheme: 'dark' });
      await noViolations(page, 'review (dark)');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.selectOption('[data-rm="open-provider"]', 'azure');
      await confirm(page);
      assert.equal(await text(page, '.rm-title'), 'three-parties');
      assert.equal(await rowCount(page), 6);
      // "Shared" is the provider and the customer: Azure, as chosen, and Customer.
      const shared = await rowText(page, 'Scale node pools');
      assert.match(shared, /Azure/);
      assert.match(shared, /Customer/);
      assert.doesNotMatch(shared, /Rackspace/);
      assert.equal(await page.inputValue('[data-rm="offering-picker"]'), 'three-parties');
      assert.equal(await page.$$eval('[data-rm="offering-picker"] optgroup[label="Opened by you"] option', (o) => o.length), 1);
      // The choice is a reading, with the source credit.
      assert.match(await text(page, '[data-rm="widget"]'), /Chosen in the review: “Azure” is the provider\./);
      // Filters.
      await page.fill('[data-rm="search"]', 'certificates');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm="matrix"] [data-rm-row]:not([hidden])').length === 1);
      await page.fill('[data-rm="search"]', '');
      await page.waitForFunction(() => document.querySelectorAll('[data-rm="matrix"] [data-rm-row]:not([hidden])').length === 6);
      // Export: the download holds the table's rows.
      await page.click('[data-rm="more-filters"]'); // the export bar folds away with the less-used filters
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-rm="export-csv"]')]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      for (const activity of ['Operate the Kubernetes control plane', 'Scale node pools', 'Rotate cluster certificates']) {
        assert.ok(csv.includes(activity), `the CSV export has “${activity}”`);
      }
      // The link names it; Back shows VMware again, Forward the opened matrix.
      assert.match(await page.evaluate(() => location.hash), /o=three-parties/);
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('.rm-title')?.textContent !== 'three-parties');
      await page.goForward();
      await page.waitForFunction(() => document.querySelector('.rm-title')?.textContent === 'three-parties');
      assert.equal(await rowCount(page), 6);
      // The checklist of the chosen provider.
      await page.click('[data-rm-view="own"]');
      await page.waitForSelector('[data-rm="checklist"]');
      await page.selectOption('[data-rm="own-party"]', 'azure');
      await page.waitForFunction(() => document.querySelector('[data-rm="own-title"]')?.textContent.includes('Azure'));
      assert.match(await text(page, '[data-rm="checklist"]'), /Run the underlying virtual machines/);
      onlyOwnRequests(s);
      assert.deepEqual(s.errors, []);
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-csv')})`;
      throw err;
    } finally {
      await s.close();
    }
  });

  test('a dropped file shows the drop target, then the review', async () => {
    const s = await openSite();
    const { page } = s;
    try {
      const csv = 'Activity;Acme Cloud;Customer\nRack servers;✔;\nPatch the OS;R/A;I\nBack up data;;✔\n';
      const transfer = await page.evaluateHandle((body) => {
        const dt = new DataTransfer();
        dt.items.add(new File([body], 'dropped.csv', { type: 'text/csv' }));
        return dt;
      }, csv);
      await page.dispatchEvent('[data-rm="widget"]', 'dragover', { dataTransfer: transfer });
      await page.waitForSelector('[data-rm="open-drop"]');
      assert.equal(await page.getAttribute('[data-rm="widget"]', 'data-rm-drop'), '');
      await page.dispatchEvent('[data-rm="widget"]', 'drop', { dataTransfer: transfer });
      await page.waitForSelector('[data-rm="open-dialog"]');
      assert.equal(await page.$$eval('[data-rm="open-drop"]', (d) => d.length), 0);
      assert.equal(await text(page, '[data-rm="open-found"]'), 'Found 3 rows in 1 section, 2 parties and 1 scope.');
      await page.selectOption('[data-rm="open-provider"]', 'acme-cloud');
      await confirm(page);
      assert.equal(await text(page, '.rm-title'), 'dropped');
      assert.equal(await rowCount(page), 3);
      assert.match(await header(page, 'acme-cloud'), /Acme Cloud/);
      assert.match(await cellText(page, 'Patch the OS', 'acme-cloud'), /RA/);
      assert.match(await cellText(page, 'Back up data', 'customer'), /✓/);
      onlyOwnRequests(s);
      assert.deepEqual(s.errors, []);
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-drop')})`;
      throw err;
    } finally {
      await s.close();
    }
  });

  test('a pasted TSV table, with the customer picked as provider', async () => {
    const s = await openSite();
    const { page } = s;
    try {
      await page.click('[data-rm="open-paste"]');
      await page.waitForSelector('[data-rm="open-paste-text"]');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.rm), 'open-paste-text');
      await noViolations(page, 'paste step');
      await page.fill('[data-rm="open-paste-text"]', 'Activity\tVendor team\tClient\nPatch hosts\tx\t\nDeploy apps\t\tx\n');
      await page.click('[data-rm="open-paste-read"]');
      await page.waitForSelector('[data-rm="open-confirm"]');
      assert.equal(await text(page, '[data-rm="open-found"]'), 'Found 2 rows in 1 section, 2 parties and 1 scope.');
      const parties = await page.$$eval('[data-rm="open-party"]', (p) => p.map((e) => e.dataset.rmParty));
      assert.equal(parties.length, 2);
      // "Client" as the provider (the keyboard way: focus and arrow keys work on a select too).
      await page.selectOption('[data-rm="open-provider"]', parties[1]);
      assert.equal(await page.inputValue('[data-rm="open-customer"]'), parties[0], 'the two swap');
      await page.fill(`[data-rm-party="${parties[0]}"] [data-rm="open-rename"]`, 'Our team');
      await page.press(`[data-rm-party="${parties[0]}"] [data-rm="open-rename"]`, 'Tab');
      await noViolations(page, 'review of a paste');
      await confirm(page);
      assert.equal(await text(page, '.rm-title'), 'the pasted table');
      assert.equal(await rowCount(page), 2);
      assert.match(await header(page, parties[0]), /Our team/);
      assert.match(await cellText(page, 'Patch hosts', parties[0]), /✓/);
      assert.doesNotMatch(await cellText(page, 'Patch hosts', parties[1]), /✓/);
      assert.deepEqual(s.errors, []);
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-paste')})`;
      throw err;
    } finally {
      await s.close();
    }
  });

  test('a table pasted onto the widget (Ctrl+V outside a text box) opens the review; a broken one opens the paste step with its text', async () => {
    const s = await openSite();
    const { page } = s;
    // A paste event as the browser fires it on the focused element, with the clipboard's text.
    const pasteOn = (selector, body) =>
      page.$eval(selector, (el, b) => {
        const dt = new DataTransfer();
        dt.setData('text/plain', b);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
      }, body);
    try {
      // Text that is not a table, and a paste into the search box, are left alone.
      await pasteOn('[data-rm="matrix"]', 'kestrel');
      await pasteOn('[data-rm="search"]', 'Activity\tProvider\nPatch\tx');
      await page.waitForTimeout(300);
      assert.equal(await page.$$eval('[data-rm="open-dialog"]', (d) => d.length), 0, 'no dialog for a word or a paste into the search');
      // A table copied from a spreadsheet, pasted onto the table.
      await pasteOn('[data-rm="matrix"]', 'Activity\tVendor team\tClient\nPatch hosts\tx\t\nDeploy apps\t\tx\n');
      await page.waitForSelector('[data-rm="open-confirm"]');
      assert.equal(await text(page, '[data-rm="open-found"]'), 'Found 2 rows in 1 section, 2 parties and 1 scope.');
      await confirm(page);
      assert.equal(await text(page, '.rm-title'), 'the pasted table');
      assert.equal(await rowCount(page), 2);
      // A table the importer cannot read: the paste step, its text kept, and the reason; the matrix stays.
      await pasteOn('[data-rm="matrix"]', '\tProvider\n\tx\n');
      await page.waitForSelector('[data-rm="open-paste-text"]');
      assert.equal(await page.inputValue('[data-rm="open-paste-text"]'), '\tProvider\n\tx\n');
      assert.match(await text(page, '[data-rm="open-dialog"] [data-rm="open-error"]'), /row 2, column “”: the activity is blank/);
      await page.click('[data-rm="open-cancel"]');
      assert.equal(await text(page, '.rm-title'), 'the pasted table', 'what was shown stays');
      onlyOwnRequests(s);
      assert.deepEqual(s.errors, []);
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-paste-widget')})`;
      throw err;
    } finally {
      await s.close();
    }
  });

  test('a bad file shows file, row, column and reason, and the matrix stays', async () => {
    const s = await openSite();
    const { page } = s;
    try {
      const title = await text(page, '.rm-title');
      const rows = await rowCount(page);
      await page.setInputFiles('[data-rm="open-input"]', {
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Activity,Who\nPatch the OS,Acme\nBack up data,maybe perhaps?!\n'),
      });
      await page.waitForSelector('[data-rm="open-error"]');
      assert.match(await text(page, '[data-rm="open-error"]'), /“broken\.csv” could not be opened \(1 problem\); what is shown has not changed\./);
      assert.match(await text(page, '[data-rm="open-error-line"]'), /^row 3, column “Who”: /);
      assert.equal(await page.$$eval('[data-rm="open-dialog"]', (d) => d.length), 0);
      assert.equal(await text(page, '.rm-title'), title);
      assert.equal(await rowCount(page), rows);
      // Escape on a review cancels it, and the matrix stays too. The button opens the file chooser.
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-rm="open-file"]')]);
      await chooser.setFiles({ name: 'three-parties.csv', mimeType: 'text/csv', buffer: THREE });
      await page.waitForSelector('[data-rm="open-dialog"]');
      assert.equal(await page.$$eval('[data-rm="open-error"]', (d) => d.length), 0, 'a good file clears the error');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-rm="open-dialog"]', { state: 'detached' });
      assert.equal(await text(page, '.rm-title'), title);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.rm), 'open-file', 'focus goes back to the button');
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-bad')})`;
      throw err;
    } finally {
      await s.close();
    }
  });

  test('an ODS spreadsheet is read by the spreadsheet module, loaded only then', async () => {
    const s = await openSite();
    const { page } = s;
    try {
      const entry = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'responsibility-matrix.js'), 'utf8');
      assert.match(entry, /rm-sheet-[0-9a-f]{16}_bg\.wasm/, 'the build has a spreadsheet module');
      const sheetRequests = () => s.requests.filter((u) => /rm-sheet-/.test(u));
      assert.deepEqual(sheetRequests(), [], 'not loaded before a spreadsheet is opened');
      await page.setInputFiles('[data-rm="open-input"]', path.join(FIXTURES, 'matrix.ods'));
      await page.waitForSelector('[data-rm="open-dialog"]', { timeout: 30_000 });
      assert.equal(sheetRequests().length, 2, `its glue and its WebAssembly: ${sheetRequests()}`);
      // matrix.ods: Servers (two activities) and Network (one); Acme Cloud and Customer.
      assert.equal(await text(page, '[data-rm="open-found"]'), 'Found 3 rows in 2 sections, 2 parties and 1 scope.');
      assert.equal(await text(page, '[data-rm="open-sections"]'), 'Servers, Network');
      await confirm(page);
      assert.equal(await rowCount(page), 3);
      assert.match(await header(page, 'acme-cloud'), /Acme Cloud/);
      assert.match(await cellText(page, 'Patch the operating system', 'acme-cloud'), /✓/);
      assert.match(await cellText(page, 'Firewall rules', 'customer'), /✓/);
      onlyOwnRequests(s);
      assert.deepEqual(s.errors, []);
    } catch (err) {
      err.message += ` (artifacts: ${await saveArtifacts(page, 'open-ods')})`;
      throw err;
    } finally {
      await s.close();
    }
  });
});
