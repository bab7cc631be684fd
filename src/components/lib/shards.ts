/**
 * The other builds of a collection too big for one build (README 部署): read from SHARDS at build
 * time, the same list every shard is given. Empty for a collection built whole.
 */
import { otherShards, type Shard } from '../../build/env.ts';

export function siblingShards(): Shard[] {
  return otherShards();
}

/** The same view on another shard: `/departments/` on the shard at `/js/` is `/js/departments/`. */
export function onShard(shard: Shard, sitePath: string): string {
  return `${shard.base}${sitePath.replace(/^\/+/, '')}`;
}
