import { parentPort } from 'node:worker_threads';
import type { PlannedSource } from './extract-all.ts';
import { extractHere } from './extract-many.ts';

/** A worker thread of extractMany: one planned source in, its outcome out. */
parentPort!.on('message', async (planned: PlannedSource) => {
  const [outcome] = await extractHere([planned]);
  parentPort!.postMessage(
    outcome ?? { file: planned.source.file, error: `${planned.source.file}:1: 内部错误：没有结果` },
  );
});
