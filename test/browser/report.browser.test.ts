// The HTML report in a real browser: Debian's Chromium, headless, offline. Installed by
// .ci/install-browser.sh; skipped with a reason when the browser is missing outside CI, and required in CI.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseState, runScenario } from '@tinhgon/core';
import { htmlReport } from '@tinhgon/report';
import { appraiseScheme } from '@tinhgon/vn';
import { type Browser, chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const present = existsSync(CHROMIUM);
if (!present && inCi) {
  throw new Error(`${CHROMIUM} is missing but CI is set: run .ci/install-browser.sh before the tests`);
}
const reason = `skipped: ${CHROMIUM} not found (install it with .ci/install-browser.sh); required when CI=true`;

const FIXTURES = new URL('../../packages/cli/test/fixtures/', import.meta.url);
const baseline = parseState(readFileSync(new URL('nam-truc.json', FIXTURES), 'utf8'));
const run = runScenario(baseline, JSON.parse(readFileSync(new URL('pilot.scenario.json', FIXTURES), 'utf8')));
const appraisal = appraiseScheme(run);

/** An SVG graphics element, as far as the test needs it (the workspace compiles without the DOM library). */
type Boxed = { getBBox(): { width: number } };

/** Distinct colours of a PNG, counted up to `limit`, and its size. */
function pictureOf(png: Buffer, limit = 64): { width: number; height: number; colours: number } {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length && colours.size < limit; i += 4) {
    colours.add(
      ((image.data[i] as number) << 16) |
        ((image.data[i + 1] as number) << 8) |
        (image.data[i + 2] as number),
    );
  }
  return { width: image.width, height: image.height, colours: colours.size };
}

describe.skipIf(!present)(`HTML report in Chromium${present ? '' : ` (${reason})`}`, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'tinhgon-browser-'));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-gpu',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`shows the bodies, the findings and the charts (${lang}), offline`, async () => {
      const file = join(dir, `report-${lang}.html`);
      writeFileSync(file, htmlReport(run, { appraisal, lang }));
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
      const requests: string[] = [];
      const page = await context.newPage();
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
      const text = await page.locator('body').innerText();
      for (const name of [
        'Ban Tổ chức Huyện ủy',
        'Phòng Nội vụ',
        'Ban Tổ chức - Nội vụ huyện',
        'Cơ quan Ủy ban Kiểm tra - Thanh tra huyện',
        'Văn phòng huyện',
      ]) {
        expect(text).toContain(name);
      }
      expect(await page.locator('svg.org-chart').count()).toBe(2);
      expect(await page.locator('svg.bridge-chart').count()).toBe(2);
      const rules = await page
        .locator('li.finding')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')));
      expect(rules).toContain('vn.r6.similar-consolidation');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees.
      const findings = await page.locator('#findings').innerText();
      expect(findings).toContain(
        appraisal.findings.find((f) => f.rule === 'vn.r6.similar-consolidation')?.message[lang],
      );
      expect(findings).toContain('Kết luận 34-KL/TW');
      expect(await page.title()).toContain('Thí điểm huyện Nam Trực');
      // The SVG text is laid out with real glyphs: a node's label has a width, and fits its box.
      const fit = await page.locator('svg.org-chart g.node[data-id="ban-to-chuc-noi-vu"]').evaluate((g) => {
        const rect = g.querySelector('rect') as unknown as Boxed;
        const label = g.querySelector('text') as unknown as Boxed;
        return { label: label.getBBox().width, box: rect.getBBox().width };
      });
      expect(fit.label).toBeGreaterThan(20);
      expect(fit.label).toBeLessThanOrEqual(fit.box);
      expect(requests).toEqual([]);

      const shot = await page.screenshot({ fullPage: true });
      writeFileSync(join(dir, `report-${lang}.png`), shot);
      expect([...shot.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const picture = pictureOf(shot);
      expect(picture.width).toBe(1280);
      expect(picture.height).toBeGreaterThan(1500);
      expect(picture.height).toBeLessThan(20000);
      expect(picture.colours).toBeGreaterThan(16);
      await context.close();
    });
  }

  it('renders a standalone SVG chart with Vietnamese text', async () => {
    const page = await browser.newPage();
    const { orgChartSvg } = await import('@tinhgon/report');
    await page.setContent(
      `<!DOCTYPE html><meta charset="utf-8"><body style="margin:0">${orgChartSvg(baseline, { title: 'Huyện Nam Trực', maxDepth: 0 })}</body>`,
    );
    expect(await page.locator('svg title').first().textContent()).toBe('Huyện Nam Trực');
    expect(await page.locator('text', { hasText: '+6' }).count()).toBe(1);
    const shot = pictureOf(await page.screenshot());
    expect(shot.colours).toBeGreaterThan(4);
    await page.close();
  });
});

if (!present) {
  describe('HTML report in Chromium', () => {
    it.skip(reason, () => {});
  });
}
