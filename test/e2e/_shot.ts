import { openSite } from './harness.ts';
const site = await openSite();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [rel, width, scroll, name] = spec.split('|');
  const page = await site.page({ width: Number(width), height: Number(width) > 500 ? 900 : 844 });
  await page.goto(site.url + rel);
  await page.waitForTimeout(300);
  if (scroll) await page.evaluate((y) => window.scrollTo(0, Number(y)), scroll);
  await page.screenshot({ path: `/tmp/v/${name}.png` });
  await page.close();
}
console.log('errors', site.errors(), site.cspViolations());
await site.close();
