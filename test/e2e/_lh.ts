import { openSite } from './harness.ts';
import { audit, withChrome } from './lighthouse.ts';
const site = await openSite();
await withChrome(async (port) => {
  for (const spec of process.argv.slice(2)) {
    const [rel, ff] = spec.split('|');
    const r = await audit(port, site.url + rel, ff as 'mobile' | 'desktop');
    console.log(rel, ff, JSON.stringify(r.scores), r.losses.slice(0, 5).join(' ; '));
  }
});
await site.close();
