import type { VariableScope } from './expand-variables.js';
import { partitionPoint } from '../../core/partition-point.js';

interface Version {
  at: number;
  value: string | undefined;
}

/**
 * The ARG/ENV values of a stage as they change instruction by instruction. Every instruction keeps
 * the scope it saw (rules expand `USER ${X}` with the values at that point), and copying a map per
 * instruction made a Dockerfile of 20,000 ENV lines cost minutes and gigabytes. Here each variable
 * keeps its list of values with the step they were set at, and a snapshot is just a step number:
 * linear memory, and a lookup is a binary search.
 */
export class ScopeHistory {
  private readonly values = new Map<string, Version[]>();
  private step = 0;

  /** `inherited` answers for names this history never set (the base stage's ENV). */
  constructor(private readonly inherited?: VariableScope) {}

  set(name: string, value: string | undefined): void {
    this.step++;
    const versions = this.values.get(name);
    if (versions) versions.push({ at: this.step, value });
    else this.values.set(name, [{ at: this.step, value }]);
  }

  /** The values as they are now; later `set`s do not change what the snapshot answers. */
  snapshot(): VariableScope {
    const at = this.step;
    return { get: name => this.valueAt(name, at) };
  }

  private valueAt(name: string, at: number): string | undefined {
    const versions = this.values.get(name);
    // The last version set at or before `at`.
    const found = versions && versions[partitionPoint(versions.length, i => versions[i]!.at <= at) - 1];
    return found ? found.value : this.inherited?.get(name);
  }
}
