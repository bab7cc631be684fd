import type { PolicyDocument } from './document.ts';
import type { Task } from './task.ts';
import type { Department } from './department.ts';
import type { Baseline, Target } from './target.ts';
import type { Milestone } from './milestone.ts';
import type { RuleSet } from './rule.ts';

/** Everything content/ holds: what the extractor writes and the site reads. */
export interface Content {
  documents: PolicyDocument[];
  tasks: Task[];
  departments: Department[];
  targets: Target[];
  baselines: Baseline[];
  milestones: Milestone[];
  rules: RuleSet[];
}
