/**
 * Measured data in the lab, as a person uses them. A measured hypnogram (an epoch-per-line text
 * this test writes) given its epoch length, saved with the experiment and opened again: the
 * measured row, the agreement and the typed lights-off come back from the file alone. A sleep
 * diary and a light log (written here) drive night B: its request carries the drive's parameters
 * and events, the summary names the nights placed and the light events, and undo takes it back.
 * A bad diary gives the importer's message and changes nothing.
 */
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab, type LabHarness } from '../lab';
import { settled } from '../pageHelpers';
import { driveProtocol } from '../../shared/report/drive';
import { fitDrivenEvents } from '../../shared/report/drivenNight';
import { importDiary } from '../../shared/report/import/diary';
import { importLightLog } from '../../shared/report/import/lightLog';
import { importDataFile } from '../../shared/report/import/dataFile';
import { hasPublicData, publicDataSkipReason, publicFile } from '../../tests/publicData';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-data-'));
const shots = 'test-output/screenshots';

/** The newest simulation request for a night. */
function lastRequest(lab: LabHarness, night: 'a' | 'b') {
  return lab.calls.findLast((c) => c.channel === 'sim:run' && (c.payload as { night: string }).night === night)!
    .payload as { params: Record<string, number | string>; events: { kind: string }[] };
}

/** Both themes at one size, scrolled to an element. */
async function shootBoth(page: Page, name: string, testId: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${shots}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a measured night with its epoch length is saved in the experiment and comes back on opening', async ({
  page,
}) => {
  const lab = await openLab(page);
  await settled(page);
  // Six hours of 20-s epochs (R&K scoring): 1080 lines, which read as 30-s epochs would be nine hours.
  const cycle = ['W', 'N1', 'N2', 'N2', 'N3', 'N3', 'N2', 'R', 'R'];
  const lines = Array.from({ length: 1080 }, (_, i) => (i < 45 ? 'W' : cycle[Math.floor(i / 40) % cycle.length]!));
  const path = join(folder, 'rk-night.txt');
  writeFileSync(path, `${lines.join('\n')}\n`);
  lab.dialogs.hypnogram.push(path);
  await page.getByTestId('measured-open').click();
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await expect(page.getByTestId('file-name')).toHaveText('● Untitled');
  const epoch = page.getByTestId('measured-epoch');
  await expect(epoch).toHaveValue('30');
  await expect(page.getByTestId('agreement-compared')).toHaveText('1080');

  // A bad epoch length is named and nothing changes.
  await epoch.fill('0');
  await epoch.press('Enter');
  await expect(page.getByTestId('measured-epoch-problem')).toContainText(
    'epoch length "0": expected a number of seconds',
  );
  await expect(page.getByTestId('agreement-compared')).toHaveText('1080');
  // 20 s: read again, resampled to 30-s epochs (six hours are 720 of them).
  await epoch.fill('20');
  await epoch.press('Enter');
  await expect(page.getByTestId('agreement-compared')).toHaveText('720');
  await expect(page.getByTestId('measured-epoch-problem')).toHaveCount(0);
  await expect(page.getByTestId('agreement-notes')).toContainText('epoch length 20 s as given');
  await expect(page.getByTestId('agreement-notes')).toContainText('20-s epochs (R&K) resampled to 30 s');
  // Lights-off typed: the first 10 min are left out; compared with night B.
  await page.getByTestId('measured-lights-off').fill('10');
  await page.getByTestId('measured-lights-off').press('Enter');
  await expect(page.getByTestId('agreement-compared')).toHaveText('700');
  await page.getByTestId('measured-against-b').click();
  const accuracy = await page.getByTestId('agreement-accuracy').textContent();
  const kappa = await page.getByTestId('agreement-kappa').textContent();
  expect(accuracy).toMatch(/^\d+\.\d %$/);

  const saved = join(folder, 'with-measured.nocturne');
  lab.dialogs.save.push(saved);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('with-measured.nocturne');
  const file = JSON.parse(readFileSync(saved, 'utf8')) as { measured: Record<string, unknown> };
  expect(file.measured).toMatchObject({
    fileName: 'rk-night.txt',
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    epochLength_s: 30,
    against: 'b',
    lightsOffText: '10',
    lightsOnText: '',
  });
  expect((file.measured.stages as string).length).toBe(720);

  // A new experiment has no measured night; opening the saved one brings it back from the file alone.
  await page.getByTestId('file-new').click();
  await expect(page.getByTestId('measured-row')).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText('Untitled');
  lab.dialogs.open.push(saved);
  await page.getByTestId('file-open').click();
  await expect(page.getByTestId('file-name')).toHaveText('with-measured.nocturne');
  await expect(page.getByTestId('measured-row')).toBeVisible();
  await expect(page.getByTestId('measured-against-b')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('measured-lights-off')).toHaveValue('10');
  await expect(page.getByTestId('agreement-compared')).toHaveText('700');
  await expect(page.getByTestId('agreement-accuracy')).toHaveText(accuracy!);
  await expect(page.getByTestId('agreement-kappa')).toHaveText(kappa!);
  // The recording is not at hand: its epoch length is shown, not offered.
  await expect(epoch).toBeDisabled();
  await expect(epoch).toHaveValue('30');
  await expect(page.getByTestId('measured-file')).toHaveAttribute('title', /SHA-256 [0-9a-f]{64}/);
  // Opened and unchanged: not dirty. Removing the measured night is a change to save.
  await expect(page.getByTestId('file-name')).toHaveText('with-measured.nocturne');
  await shootBoth(page, 'data-measured-1440', 'panel-hypnogram');
  await page.setViewportSize({ width: 1024, height: 680 });
  await shootBoth(page, 'data-measured-1024', 'panel-hypnogram');
  await page.getByTestId('measured-remove').click();
  await expect(page.getByTestId('file-name')).toHaveText('● with-measured.nocturne');
});

/** A diary of five nights (date, lights-off, out of bed), as a person writes it. */
const DIARY = [
  'date,lights off,out of bed',
  '2024-03-04,2024-03-04 23:10,2024-03-05 07:05',
  '2024-03-05,2024-03-05 22:40,2024-03-06 06:50',
  '2024-03-06,2024-03-07 00:20,2024-03-07 08:15',
  '2024-03-07,2024-03-07 23:45,2024-03-08 07:30',
  '2024-03-08,2024-03-08 22:55,2024-03-09 07:40',
].join('\n');

/** A light log, one reading a minute over the diary's last two days; bright by day, dim by night, hourly steps. */
function lightLogText(): string {
  const out = ['timestamp,lux'];
  const from = Date.parse('2024-03-07T08:00:00Z');
  for (let t = from; t < Date.parse('2024-03-09T08:00:00Z'); t += 60_000) {
    const hour = new Date(t).getUTCHours();
    const lux = hour >= 8 && hour < 18 ? 300 + 50 * (hour % 5) : hour < 23 && hour >= 18 ? 60 : 1;
    out.push(`${new Date(t).toISOString().slice(0, 19).replace('T', ' ')},${lux}`);
  }
  return out.join('\n');
}

test('a sleep diary and a light log drive night B; the summary says what was set; undo takes it back', async ({
  page,
}) => {
  const lab = await openLab(page);
  await settled(page);
  const diaryPath = join(folder, 'diary.csv');
  writeFileSync(diaryPath, `${DIARY}\n`);
  const lightText = lightLogText();
  lab.dialogs.data.push(diaryPath);
  await page.getByTestId('drive-open').click();
  await expect(page.getByTestId('drive-diary')).toHaveText(/^\s*Diary diary\.csv\s*\(5 nights\)/);
  // The light log is dropped on the window: a .csv, read as a light log by its content.
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'light.csv', { type: 'text/csv' }));
    return dt;
  }, lightText);
  await page.dispatchEvent('.lab', 'drop', { dataTransfer });
  await expect(page.getByTestId('drive-light')).toContainText('light.csv');
  await expect(page.getByTestId('measured-row')).toHaveCount(0);

  // What the drive gives, from the drive's own API on the same files (the lab must apply exactly this).
  const protocol = driveProtocol(
    importDiary(diaryPath, 'diary.csv', DIARY),
    importLightLog('light.csv', 'light.csv', lightText),
    { scenario: 'evening-caffeine' },
  );
  const fitted = fitDrivenEvents(protocol.events);
  const lightEvents = fitted.events.filter((e) => e.kind === 'light').length;
  expect(lightEvents).toBeGreaterThan(10);

  const beforeB = lastRequest(lab, 'b');
  await page.getByTestId('drive-night-b').click();
  await expect(page.getByTestId('drive-summary-text')).toContainText(
    'Night B now runs the days of diary.csv under the light of light.csv',
  );
  await expect(page.getByTestId('drive-summary-text')).toContainText(`${lightEvents} light events`);
  const rows = page.getByTestId('drive-nights').locator('tbody tr');
  await expect(rows).toHaveCount(protocol.nights.length);
  await expect(rows.last()).toContainText('focal night');
  await expect(rows.last()).toContainText('2024-03-08 22:55');
  await expect(rows.last()).toContainText('2024-03-09 07:40');
  await expect(page.getByTestId('drive-notes')).toContainText('light binned to 10 min');
  // Night B's next run carries the drive's events and its schedule; night A is untouched.
  await expect.poll(() => lastRequest(lab, 'b').events.length).toBe(fitted.events.length);
  expect(lastRequest(lab, 'b').params).toMatchObject({ timeInBed_h: protocol.params.timeInBed_h });
  await settled(page);
  await expect(page.getByTestId('error-b')).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText('● Untitled');
  await expect(page.getByTestId('drive-summary-stale')).toHaveCount(0);

  await shootBoth(page, 'data-drive-1440', 'drive');
  await page.setViewportSize({ width: 1024, height: 680 });
  await shootBoth(page, 'data-drive-1024', 'drive');

  // One undo step takes the whole drive back.
  await page.getByTestId('undo').click();
  await expect.poll(() => lastRequest(lab, 'b').events.length).toBe(beforeB.events.length);
  expect(lastRequest(lab, 'b').params).toEqual(beforeB.params);
  await expect(page.getByTestId('drive-summary-stale')).toContainText('undone or changed since');
});

test('a bad diary gives the importer’s message, naming the file and the line, and changes nothing', async ({
  page,
}) => {
  const lab = await openLab(page);
  await settled(page);
  const bad = join(folder, 'bad-diary.csv');
  writeFileSync(bad, 'date,lights off,out of bed\n2024-03-04,23:10,07:05\n2024-03-05,25:99,06:50\n');
  const calls = lab.calls.length;
  lab.dialogs.data.push(bad);
  await page.getByTestId('drive-open').click();
  await expect(page.getByTestId('drive-error')).toContainText(`${bad}: line 3`);
  await expect(page.getByTestId('drive')).toHaveCount(0);
  await expect(page.getByTestId('file-name')).toHaveText('Untitled');
  expect(lab.calls.slice(calls).map((c) => c.channel)).toEqual(['data:open']);
  await page.getByTestId('drive-error').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/data-bad-diary-1440.png` });
});

const DIARY_205 = '205_sleepdiary_all_20230904.csv';
const LIGHT_205 = '205_actlumus_Log_1020_20230904101707532.txt.zip';
test('participant 205 of the public recordings: more light than a night holds is cut with a note, and the night runs', async ({
  page,
}) => {
  // The real recordings may not be copied into the project: read where NOCTURNE_PUBLIC_DATA names them.
  test.skip(!hasPublicData(DIARY_205, LIGHT_205), publicDataSkipReason(DIARY_205, LIGHT_205).trim());
  const lab = await openLab(page);
  await settled(page);
  lab.dialogs.data.push(publicFile(DIARY_205), publicFile(LIGHT_205));
  await page.getByTestId('drive-open').click();
  await expect(page.getByTestId('drive-diary')).toContainText(DIARY_205);
  await page.getByTestId('drive-open-light').click();
  await expect(page.getByTestId('drive-light')).toContainText('.txt');
  const diary = importDataFile(publicFile(DIARY_205), readFileSync(publicFile(DIARY_205)), 'diary');
  const log = importDataFile(publicFile(LIGHT_205), readFileSync(publicFile(LIGHT_205)), 'lightLog');
  if (diary.kind !== 'diary' || log.kind !== 'lightLog') throw new Error('the files are not what they were');
  const fitted = fitDrivenEvents(driveProtocol(diary.diary, log.lightLog, { scenario: 'baseline' }).events);
  await page.getByTestId('drive-night-a').click();
  if (fitted.leftOut > 0) {
    await expect(page.getByTestId('drive-summary-text')).toContainText(
      `${fitted.lightEvents - fitted.leftOut} light events (of ${fitted.lightEvents})`,
    );
    await expect(page.getByTestId('drive-notes')).toContainText(`the ${fitted.leftOut} earliest are left out`);
  }
  await expect.poll(() => lastRequest(lab, 'a').events.length).toBe(fitted.events.length);
  await settled(page);
  await expect(page.getByTestId('error-a')).toHaveCount(0);
  await page.getByTestId('drive').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${shots}/data-drive-205-1440.png` });
});
