import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChartData, ChartOptions } from 'chart.js';
import { CHART_LOADER, type ChartInstance } from './chart-loader';

/** The chart kinds Beaus draws. */
export type BeausChartType = 'line' | 'bar' | 'doughnut';

/** Series colours, distinguishable in light and dark themes and for common colour blindness. */
export const chartPalette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
] as const;

/** Gives every dataset without colours one from the palette (per point for doughnuts). */
function withPalette(type: BeausChartType, data: ChartData): ChartData {
  return {
    ...data,
    datasets: data.datasets.map((dataset, index) => {
      const colour = chartPalette[index % chartPalette.length];
      const perPoint = data.labels?.map((_, i) => chartPalette[i % chartPalette.length]);
      return {
        ...(type === 'doughnut'
          ? { backgroundColor: perPoint }
          : { borderColor: colour, backgroundColor: colour }),
        ...dataset,
      };
    }),
  } as ChartData;
}

/** Wall screens update every few seconds: no animation, and the chart fills its box. */
const baseOptions: ChartOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
};

/**
 * The one way Beaus draws a chart: chart.js behind a small component, loaded lazily on first
 * render. New `data` updates the chart in place. The canvas is an image labelled by `label`;
 * the page must also show the figures as text or a table (screen readers cannot read a canvas).
 *
 * ```html
 * <beaus-chart type="line" [data]="tripsPerMinute()" [label]="'Trips per minute'" />
 * ```
 */
@Component({
  selector: 'beaus-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  host: { class: 'beaus-chart', '[style.height]': 'height()' },
  styles: `
    :host {
      display: block;
      position: relative;
      min-width: 0;
    }
  `,
})
export class ChartComponent {
  /** Line, bar or doughnut; fixed once the chart is drawn. */
  readonly type = input.required<BeausChartType>();
  /** The chart.js data; a new object redraws the chart. */
  readonly data = input.required<ChartData>();
  /** What the chart shows, read out for the canvas image. */
  readonly label = input.required<string>();
  /** chart.js options merged over Beaus defaults (responsive, no animation). */
  readonly options = input<ChartOptions>({});
  /** CSS height of the chart box. */
  readonly height = input('16rem');

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly chart = signal<ChartInstance | null>(null);

  constructor() {
    const load = inject(CHART_LOADER);
    let destroyed = false;
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.chart()?.destroy();
    });
    afterNextRender(() => {
      void load().then((Chart) => {
        if (destroyed) return;
        this.chart.set(
          new Chart(this.canvas().nativeElement, {
            type: this.type(),
            data: withPalette(this.type(), this.data()),
            options: { ...baseOptions, ...this.options() },
          }),
        );
      });
    });
    effect(() => {
      const chart = this.chart();
      const data = withPalette(this.type(), this.data());
      const options = { ...baseOptions, ...this.options() };
      if (!chart) return;
      chart.data = data;
      chart.options = options;
      chart.update('none');
    });
  }
}
