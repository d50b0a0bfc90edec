/*
 * @beaus/shared — the design library and API client every Beaus app builds on.
 * Import from '@beaus/shared' only; test harnesses from '@beaus/shared/testing'.
 */

// App wiring
export * from './lib/app/beaus-app';

// Typed API client (generated from the BFF's OpenAPI document)
export * from './api/api-client';
export * from './api/generated/functions';

// Auth
export * from './lib/auth/auth.models';
export * from './lib/auth/auth.service';
export * from './lib/auth/auth.guard';
export * from './lib/auth/auth.interceptor';

// i18n
export * from './lib/i18n/en';
export * from './lib/i18n/translation.service';
export * from './lib/i18n/translate.pipe';
export * from './lib/i18n/provide-translations';

// Theme and shell
export * from './lib/theme/theme.service';
export * from './lib/shell/nav-item';
export * from './lib/shell/app-shell.component';

// Data display
export * from './lib/data-table/table-query';
export * from './lib/data-table/table-cell.directive';
export * from './lib/data-table/data-table.component';
export * from './lib/pipes/money';
export * from './lib/pipes/money.pipe';
export * from './lib/pipes/plate';
export * from './lib/pipes/plate.pipe';
export * from './lib/pipes/zoned-date';
export * from './lib/pipes/zoned-date.pipe';
export * from './lib/status/status-chip.component';
export * from './lib/chart/chart-loader';
export * from './lib/chart/chart.component';
export * from './lib/states/loading-state.component';
export * from './lib/states/empty-state.component';
export * from './lib/states/error-state.component';

// Feedback
export * from './lib/dialog/confirm-dialog.component';
export * from './lib/dialog/confirm.service';
export * from './lib/toast/toast.service';
