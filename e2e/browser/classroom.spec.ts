/**
 * The classroom as a student and a teacher use it: pick a guided experiment, which sets up both
 * nights; predict; reveal the model's answer (read from the two simulated nights, not stored);
 * jump to the chart that shows it. The teacher locks the controls and hides panels; the file
 * keeps both. Screenshots at a laptop and the smallest supported window, light and dark.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLab } from '../lab';
import { SHOTS, settled } from '../pageHelpers';
import { lessonById } from '../../shared/classroom/lessons';

const folder = mkdtempSync(join(tmpdir(), 'nocturne-classroom-'));

test('a lesson: set up, predict, reveal the model’s answer, see the chart; a teacher’s lock is kept in the file', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab = await openLab(page);
  await settled(page);
  await page.getByTestId('tab-classroom').click();
  await expect(page.getByTestId('classroom')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/classroom-lessons-1440x900.png` });

  const lesson = lessonById('afternoon-coffee')!;
  await page.getByTestId(`lesson-${lesson.id}`).click();
  await expect(page.getByTestId('lesson-question')).toContainText('16:00');
  // The lesson set up both nights: B has the coffee at 16:00 as a protocol event.
  await expect(page.getByTestId('label-b')).toHaveValue(lesson.nights.b.label);
  await expect(page.getByTestId('label-a')).toHaveValue(lesson.nights.a.label);
  // No answer before a prediction.
  await expect(page.getByTestId('lesson-reveal')).toBeDisabled();
  await page.getByTestId('predict-lower').check();
  await settled(page);
  await page.getByTestId('lesson-reveal').click();
  const answer = page.getByTestId('lesson-answer');
  await expect(answer).toBeVisible();
  await expect(answer).toContainText(lesson.sources[0]!);
  const verdictText = (await page.getByTestId('lesson-verdict').textContent()) ?? '';
  await page.screenshot({ path: `${SHOTS}/classroom-answer-1440x900.png` });

  await page.getByTestId('lesson-show-chart').click();
  await expect(page.getByTestId('tab-nights')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId(`panel-${lesson.panel}`)).toBeInViewport();
  await expect(page.getByTestId('lesson-strip')).toContainText(lesson.title);
  // The verdict was the model's: it matches the two nights' values in the metrics table.
  const a = Number(await page.getByTestId('metric-swaFirstCycle-a').textContent());
  const b = Number(await page.getByTestId('metric-swaFirstCycle-b').textContent());
  const moved = Math.abs(b - a) <= lesson.sameWithin ? 'about the same' : b > a ? 'higher' : 'lower';
  expect(verdictText).toContain(moved);

  // The teacher: lock the controls, hide the hormone panels, save.
  await page.getByTestId('tab-classroom').click();
  await page.getByTestId('classroom-lock').check();
  await page.getByText('Panels the class sees').click();
  await page.getByTestId('classroom-panel-hormones').uncheck();
  await expect(page.getByTestId('lock-note')).toBeVisible();
  // Locked: the sidebar takes no input.
  await expect(page.locator('[inert]').getByTestId('param-age-b')).toHaveCount(1);
  const path = join(folder, 'coffee-lesson.nocturne');
  lab.dialogs.save.push(path);
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-name')).toHaveText('coffee-lesson.nocturne');
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    classroom: unknown;
    view: { panels: string[] };
    nights: { events: unknown[] }[];
  };
  expect(saved.classroom).toEqual({ lesson: lesson.id, locked: true });
  expect(saved.view.panels).not.toContain('hormones');
  expect(saved.nights[1]!.events).toEqual([{ kind: 'caffeine', at: 16, day: 0, mg: 200 }]);
  await page.close();

  // A student opens the teacher's file: the lesson, the lock and the panels are back.
  const student = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const lab2 = await openLab(student);
  await settled(student);
  lab2.dialogs.open.push(path);
  await student.getByTestId('file-open').click();
  await expect(student.getByTestId('file-name')).toHaveText('coffee-lesson.nocturne');
  await expect(student.getByTestId('lock-note')).toBeVisible();
  await expect(student.getByTestId('panel-hormones')).toHaveCount(0);
  await student.getByTestId('tab-classroom').click();
  await expect(student.getByTestId('lesson-question')).toContainText('16:00');
  await student.close();
});

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 1024, height: 680 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the classroom at ${width}×${height}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await openLab(page);
      await settled(page);
      await page.getByTestId('tab-classroom').click();
      await page.getByTestId('lesson-teenagers').click();
      await page.getByTestId('predict-higher').check();
      await settled(page);
      await page.getByTestId('lesson-reveal').click();
      await expect(page.getByTestId('lesson-answer')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/classroom-${width}x${height}-${scheme}.png` });
    });
  }
}
