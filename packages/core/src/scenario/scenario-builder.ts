import type { AbsorbParams } from '../transform/absorb.js';
import type { AbolishLevelParams, ReorganizeUnitsParams } from '../transform/admin-units.js';
import type {
  AppointConcurrentParams,
  AppointParams,
  EndConcurrentParams,
  ReleaseParams,
} from '../transform/appoint.js';
import type { ConsolidateParams } from '../transform/consolidate.js';
import type { DissolveParams } from '../transform/dissolve.js';
import type { EstablishParams } from '../transform/establish.js';
import type { MoveParams } from '../transform/move.js';
import type { RenameParams } from '../transform/rename.js';
import type { SplitParams } from '../transform/split.js';
import type { CutStaffParams, SetDeputiesParams, SetQuotaParams } from '../transform/staff.js';
import type { Step } from '../transform/step.js';
import type { TransferParams } from '../transform/transfer.js';
import { SCENARIO_FORMAT, type ScenarioInput } from './scenario-schema.js';

/**
 * A typed, immutable scenario builder: each call returns a new builder, so a shared prefix can branch into
 * plan versions. `build()` gives the same JSON document a person would write by hand, and running either
 * gives identical results.
 *
 * @example
 * const base = scenario('Kết luận 34 pilot').consolidate({ effective: '2019-01-01', sources: ['btc', 'pnv'], into: { … } });
 * const a = base.cutStaff({ effective: '2020-01-01', body: 'btc-nv', percent: 10 });
 * const b = base.cutStaff({ effective: '2020-01-01', body: 'btc-nv', percent: 5 });
 */
export class ScenarioBuilder {
  readonly name: string;
  readonly steps: readonly Step[];
  readonly description: string | undefined;

  constructor(name: string, steps: readonly Step[] = [], description?: string) {
    this.name = name;
    this.steps = steps;
    this.description = description;
  }

  /** Adds a step written as JSON. */
  step(step: Step): ScenarioBuilder {
    return new ScenarioBuilder(this.name, [...this.steps, step], this.description);
  }

  /** A copy under another name, to develop as a separate plan version. */
  branch(name: string): ScenarioBuilder {
    return new ScenarioBuilder(name, this.steps, this.description);
  }

  describe(description: string): ScenarioBuilder {
    return new ScenarioBuilder(this.name, this.steps, description);
  }

  establish(params: EstablishParams): ScenarioBuilder {
    return this.step({ op: 'establish', ...params });
  }
  absorb(params: AbsorbParams): ScenarioBuilder {
    return this.step({ op: 'absorb', ...params });
  }
  consolidate(params: ConsolidateParams): ScenarioBuilder {
    return this.step({ op: 'consolidate', ...params });
  }
  dissolve(params: DissolveParams): ScenarioBuilder {
    return this.step({ op: 'dissolve', ...params });
  }
  transfer(params: TransferParams): ScenarioBuilder {
    return this.step({ op: 'transfer', ...params });
  }
  move(params: MoveParams): ScenarioBuilder {
    return this.step({ op: 'move', ...params });
  }
  rename(params: RenameParams): ScenarioBuilder {
    return this.step({ op: 'rename', ...params });
  }
  split(params: SplitParams): ScenarioBuilder {
    return this.step({ op: 'split', ...params });
  }
  appoint(params: AppointParams): ScenarioBuilder {
    return this.step({ op: 'appoint', ...params });
  }
  release(params: ReleaseParams): ScenarioBuilder {
    return this.step({ op: 'release', ...params });
  }
  appointConcurrent(params: AppointConcurrentParams): ScenarioBuilder {
    return this.step({ op: 'appointConcurrent', ...params });
  }
  endConcurrent(params: EndConcurrentParams): ScenarioBuilder {
    return this.step({ op: 'endConcurrent', ...params });
  }
  setQuota(params: SetQuotaParams): ScenarioBuilder {
    return this.step({ op: 'setQuota', ...params });
  }
  cutStaff(params: CutStaffParams): ScenarioBuilder {
    return this.step({ op: 'cutStaff', ...params });
  }
  setDeputies(params: SetDeputiesParams): ScenarioBuilder {
    return this.step({ op: 'setDeputies', ...params });
  }
  reorganizeUnits(params: ReorganizeUnitsParams): ScenarioBuilder {
    return this.step({ op: 'reorganizeUnits', ...params });
  }
  abolishLevel(params: AbolishLevelParams): ScenarioBuilder {
    return this.step({ op: 'abolishLevel', ...params });
  }

  /** The scenario as a JSON document. */
  build(): ScenarioInput {
    return {
      format: SCENARIO_FORMAT,
      name: this.name,
      ...(this.description === undefined ? {} : { description: this.description }),
      steps: [...this.steps],
    };
  }
}

/** Starts a scenario with a name. */
export function scenario(name: string): ScenarioBuilder {
  return new ScenarioBuilder(name);
}
