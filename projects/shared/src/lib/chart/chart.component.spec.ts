import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { ChartConfiguration, ChartData, ChartOptions } from 'chart.js';
import { ChartHarness } from '../../testing/chart.harness';
import { CHART_LOADER, type ChartInstance } from './chart-loader';
import { ChartComponent, chartPalette } from './chart.component';

/** Stands in for chart.js (jsdom has no canvas): records what the wrapper asks of it. */
class FakeChart implements ChartInstance {
  static readonly made: FakeChart[] = [];
  data: ChartData;
  options: ChartOptions;
  updates = 0;
  destroyed = false;
  constructor(
    readonly canvas: HTMLCanvasElement,
    readonly config: ChartConfiguration,
  ) {
    this.data = config.data;
    this.options = config.options ?? {};
    FakeChart.made.push(this);
  }
  update(): void {
    this.updates += 1;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

@Component({
  selector: 'beaus-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `<beaus-chart type="line" label="Trips per minute" [data]="data()" />`,
})
class HostComponent {
  readonly data = signal<ChartData>({ labels: ['10:00'], datasets: [{ label: 'N1', data: [3] }] });
}

async function render() {
  FakeChart.made.length = 0;
  TestBed.configureTestingModule({
    providers: [{ provide: CHART_LOADER, useValue: () => Promise.resolve(FakeChart) }],
  });
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve)); // let the loader promise settle
  await fixture.whenStable();
  return fixture;
}

describe('ChartComponent', () => {
  it('draws one chart on its canvas, labelled for screen readers, with palette colours', async () => {
    const fixture = await render();
    expect(FakeChart.made).toHaveLength(1);
    const [chart] = FakeChart.made;
    expect(chart.canvas.tagName).toBe('CANVAS');
    expect(chart.config.type).toBe('line');
    expect(chart.data.datasets[0]).toMatchObject({ data: [3], borderColor: chartPalette[0] });
    expect(chart.options).toMatchObject({ animation: false, maintainAspectRatio: false });
    const harness = await TestbedHarnessEnvironment.harnessForFixture(fixture, ChartHarness);
    expect(await harness.getLabel()).toBe('Trips per minute');
  });

  it('updates the same chart in place when the data changes', async () => {
    const fixture = await render();
    fixture.componentInstance.data.set({
      labels: ['10:00', '10:01'],
      datasets: [{ data: [3, 5] }],
    });
    await fixture.whenStable();
    expect(FakeChart.made).toHaveLength(1);
    const [chart] = FakeChart.made;
    expect(chart.data.datasets[0].data).toEqual([3, 5]);
    expect(chart.updates).toBeGreaterThan(0);
  });

  it('destroys the chart with the component', async () => {
    const fixture = await render();
    fixture.destroy();
    expect(FakeChart.made[0].destroyed).toBe(true);
  });
});
