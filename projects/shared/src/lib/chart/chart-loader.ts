import { InjectionToken } from '@angular/core';
import type { ChartConfiguration, ChartData, ChartOptions } from 'chart.js';

/** The part of a chart.js `Chart` the wrapper uses; tests supply a fake with the same shape. */
export interface ChartInstance {
  data: ChartData;
  options: ChartOptions;
  update(mode?: 'none'): void;
  destroy(): void;
}

/** Builds a chart on a canvas, as `new Chart(canvas, config)` does. */
export type ChartConstructor = new (
  canvas: HTMLCanvasElement,
  config: ChartConfiguration,
) => ChartInstance;

let chartJs: Promise<ChartConstructor> | undefined;

/**
 * Loads chart.js on first use, registering only the pieces Beaus draws (line, bar, doughnut on
 * category and linear scales). A dynamic import, so chart.js is its own lazy chunk and never part
 * of an app's initial JavaScript.
 */
export function loadChartJs(): Promise<ChartConstructor> {
  chartJs ??= import('chart.js').then((m) => {
    m.Chart.register(
      m.LineController,
      m.LineElement,
      m.PointElement,
      m.BarController,
      m.BarElement,
      m.DoughnutController,
      m.ArcElement,
      m.CategoryScale,
      m.LinearScale,
      m.Legend,
      m.Tooltip,
      m.Filler,
    );
    return m.Chart as unknown as ChartConstructor;
  });
  return chartJs;
}

/** How `beaus-chart` gets chart.js; override in tests (jsdom has no canvas) with a fake. */
export const CHART_LOADER = new InjectionToken<() => Promise<ChartConstructor>>('CHART_LOADER', {
  providedIn: 'root',
  factory: () => loadChartJs,
});
