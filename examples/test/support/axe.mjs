// axe-core in the page under test: its source, from node_modules, evaluated in the page through
// the DevTools protocol (so the page's Content-Security-Policy stays as strict as it is, and
// nothing comes from a CDN), then run over the whole document, open shadow roots included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core over the page: the serious and critical violations it finds, one line each
 * (rule, impact, what it asks, the elements it names), and how many elements inside the
 * widgets' shadow roots it checked and passed (so a run that never saw the widgets shows).
 *
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ serious: string[], widgetNodesPassed: number }>}
 */
export async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const { violations, passes } = await window.axe.run(document, {
      resultTypes: ['violations'],
    });
    const summary = ({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target),
    });
    return { violations: violations.map(summary), passes: passes.map(summary) };
  });
  return {
    serious: results.violations
      .filter(({ impact }) => impact === 'serious' || impact === 'critical')
      .map(
        ({ id, impact, help, targets }) =>
          `${id} (${impact}): ${help} — ${targets.map((target) => JSON.stringify(target)).join(', ')}`,
      ),
    // A target inside a shadow root is a path: [host selector, selector within it].
    widgetNodesPassed: results.passes
      .flatMap(({ targets }) => targets)
      .filter((target) => Array.isArray(target[0]) || target.length > 1).length,
  };
}
