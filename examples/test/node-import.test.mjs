// The built @sajja/core imports in Node 20 from examples/, as a developer's project would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

test("import('@sajja/core') works in Node from examples/", async () => {
  const core = await import('@sajja/core');
  assert.equal(core.money('1234.5').toString(), '1234.50');
  assert.equal(core.bahtText('21'), 'ยี่สิบเอ็ดบาทถ้วน');
});

test('the Node example prints amounts, words, mistakes and a total', () => {
  const script = fileURLToPath(new URL('../node/amounts.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [script, '1,234.50', '๒๑ บาท', '1,23'], {
    encoding: 'utf8',
  });
  assert.deepEqual(output.trimEnd().split('\n'), [
    '      1,234.50  หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์',
    '         21.00  ยี่สิบเอ็ดบาทถ้วน',
    '        "1,23"  ✗ A comma is in the wrong place: commas separate groups of three digits, as in 1,234.50. / ใส่เครื่องหมายจุลภาค (,) ผิดตำแหน่ง ให้คั่นทุกสามหลัก เช่น 1,234.50',
    '      1,255.50  รวม หนึ่งพันสองร้อยห้าสิบห้าบาทห้าสิบสตางค์',
  ]);
});
