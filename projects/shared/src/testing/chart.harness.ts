import { ComponentHarness } from '@angular/cdk/testing';

/** Reads `beaus-chart` in tests: what it says it shows (the canvas is not inspectable). */
export class ChartHarness extends ComponentHarness {
  static hostSelector = 'beaus-chart';

  private readonly canvas = this.locatorFor('canvas');

  /** The accessible label of the chart image. */
  async getLabel(): Promise<string | null> {
    return (await this.canvas()).getAttribute('aria-label');
  }
}
