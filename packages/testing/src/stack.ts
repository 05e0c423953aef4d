// Clean-up of what a test file started (database, API, apps, browser), in reverse order (see suite.ts).

/** Collects clean-up steps and runs them last-in first-out, each even when an earlier one fails. */
export class Cleanup {
  private readonly steps: (() => Promise<unknown>)[] = [];

  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} clean-up step(s) failed.`);
  }
}
