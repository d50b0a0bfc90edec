/** Component harnesses so apps test shared components through what a person sees and does. */
export * from './data-table.harness';
export * from './app-shell.harness';
export * from './chart.harness';
