/** Every kind of step the transform benchmark measures, in the order of its table. */
import { absorbBench } from './absorb.js';
import { appointBench } from './appoint.js';
import { appointConcurrentBench } from './appoint-concurrent.js';
import { consolidateBench } from './consolidate.js';
import { dissolveBench } from './dissolve.js';
import { endConcurrentBench } from './end-concurrent.js';
import { establishBench } from './establish.js';
import type { KindBench } from './kind-bench.js';
import { moveBench } from './move.js';
import { releaseBench } from './release.js';
import { renameBench } from './rename.js';
import { reorganizeUnitsBench } from './reorganize-units.js';
import { splitBench } from './split.js';
import { cutStaffBench, setDeputiesBench, setQuotaBench } from './staff.js';
import { transferBench } from './transfer.js';

export const KINDS: readonly KindBench<unknown>[] = [
  absorbBench,
  establishBench,
  consolidateBench,
  dissolveBench,
  transferBench,
  moveBench,
  renameBench,
  splitBench,
  appointBench,
  releaseBench,
  appointConcurrentBench,
  endConcurrentBench,
  setQuotaBench,
  cutStaffBench,
  setDeputiesBench,
  reorganizeUnitsBench,
];
