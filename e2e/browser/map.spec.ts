/**
 * The map of the model: drawn from the declarations (every node and coupling, the evidence
 * legend), a node shows its series for both nights, a coupling its evidence, sources and
 * strength, and knocking it out in night B re-runs B with a different result. Screenshots at the
 * largest and smallest window the lab supports.
 */
import { test, expect } from '@playwright/test';
import { openLab } from '../lab';
import { SHOTS, settled } from '../pageHelpers';
import { COUPLINGS, MODEL_NODES } from '../../shared/model/graph';
import { EVIDENCE_LEVELS } from '../../shared/model/couplingSpec';

test('the map: nodes and couplings from the declarations, a node’s series, a coupling’s strength, a knockout in B', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLab(page);
  await settled(page);
  // Night B is the evening caffeine: caffeine's awakenings add to its WASO.
  const wasoBefore = Number(await page.getByTestId('metric-waso_min-b').textContent());
  expect(wasoBefore).toBeGreaterThan(0);

  await page.getByTestId('tab-map').click();
  const map = page.getByTestId('model-map');
  await expect(map).toBeVisible();
  await expect(page.getByTestId('tab-map')).toHaveAttribute('aria-selected', 'true');
  await expect(map.locator('[data-testid^="map-node-"]')).toHaveCount(MODEL_NODES.length);
  await expect(map.locator('[data-testid^="map-edge-"]')).toHaveCount(COUPLINGS.length);
  for (const level of EVIDENCE_LEVELS) await expect(page.getByTestId('map-legend')).toContainText(level.label);
  for (const c of COUPLINGS)
    await expect(page.getByTestId(`map-edge-${c.id}`)).toHaveAttribute('data-evidence', c.evidence);
  // The drawing fits the results area: no node reaches past the map's right edge.
  const mapBox = (await page.getByTestId('map-svg').boundingBox())!;
  const area = (await map.boundingBox())!;
  expect(mapBox.x + mapBox.width).toBeLessThanOrEqual(area.x + area.width + 1);
  await page.screenshot({ path: `${SHOTS}/map-1440x900.png` });

  // Pointing at a part draws its couplings over the others, before anything is selected.
  await page.getByTestId('map-node-emotion').hover();
  await expect(page.getByTestId('map-edge-remDepotentiatesAmygdala')).toHaveClass(/active/);
  await expect(page.getByTestId('map-edge-lightEntrainsClock')).toHaveClass(/dim/);
  await page.screenshot({ path: `${SHOTS}/map-hover-1440x900.png` });

  // A node: its series for both nights, drawn from the runs' results.
  await page.getByTestId('map-node-sleepWake').click();
  await expect(page.getByTestId('map-detail-title')).toContainText('Sleep–wake');
  await expect(page.getByTestId('map-node-sleepWake')).toHaveAttribute('aria-pressed', 'true');
  for (const night of ['a', 'b'])
    await expect(page.getByTestId(`map-chart-sleepWake-1-${night}`)).toHaveAttribute(
      'data-job-ids',
      new RegExp(`^${night}:`),
    );
  await page.screenshot({ path: `${SHOTS}/map-node-1440x900.png` });

  // A coupling, by keyboard: its evidence, sources, and its strength for both nights.
  const edge = page.getByTestId('map-edge-caffeineFragmentsSleep');
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('map-detail-title')).toHaveText('Caffeine fragments sleep');
  await expect(page.getByTestId('map-edge-evidence')).toContainText('Supported');
  await expect(page.getByTestId('map-edge-sources')).toContainText('Clark & Landolt 2017');
  await expect(page.getByTestId('map-edge-knockout')).toContainText('goes down');
  await expect(page.getByTestId('map-param-caffeineAwakeningGain-a-number')).toHaveValue('2.3');
  await expect(page.getByTestId('map-param-caffeineAwakeningGain-b-number')).toHaveValue('2.3');

  // Knocked out in B only: B's strength is 0, A's is not, and B runs again.
  await page.getByTestId('map-knockout-b').click();
  await expect(page.getByTestId('map-param-caffeineAwakeningGain-b-number')).toHaveValue('0');
  await expect(page.getByTestId('map-param-caffeineAwakeningGain-a-number')).toHaveValue('2.3');
  await expect(page.getByTestId('map-knockout-b')).toBeDisabled();
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/map-edge-1440x900.png` });

  // The sidebar holds the same parameter, now changed in B.
  await expect(page.getByTestId('param-caffeineAwakeningGain-b-number')).toHaveValue('0');
  await page.getByTestId('tab-nights').click();
  await expect(page.getByTestId('metric-waso_min-b')).not.toHaveText(String(wasoBefore));
  const wasoAfter = Number(await page.getByTestId('metric-waso_min-b').textContent());
  expect(wasoAfter).toBeLessThan(wasoBefore);

  // The smallest window: the map and the selected coupling still read.
  await page.setViewportSize({ width: 1024, height: 680 });
  await page.getByTestId('tab-map').click();
  await expect(map).toBeVisible();
  const small = (await page.getByTestId('map-svg').boundingBox())!;
  const smallArea = (await map.boundingBox())!;
  expect(small.x + small.width).toBeLessThanOrEqual(smallArea.x + smallArea.width + 1);
  await page.screenshot({ path: `${SHOTS}/map-1024x680.png` });
  await page.getByTestId('map-node-glymphatic').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map-detail-title')).toContainText('Glymphatic');
  await page.getByTestId('map-link-slowWavesPumpCsf').click();
  await expect(page.getByTestId('map-detail-title')).toHaveText('Slow waves pump CSF');
  await expect(page.getByTestId('map-edge-evidence')).toContainText('Hypothesis');
  await page.screenshot({ path: `${SHOTS}/map-edge-1024x680.png` });
  // The dark theme: the evidence colours and node outlines still read on the dark panel.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('map-svg').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/map-dark-1024x680.png` });
});
