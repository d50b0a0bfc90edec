import { Directive, TemplateRef, inject, input } from '@angular/core';

/**
 * A custom cell for one column of `beaus-data-table`:
 * `<ng-template beausCell="status" let-row><beaus-status-chip [status]="row.status" /></ng-template>`.
 */
@Directive({ selector: 'ng-template[beausCell]' })
export class TableCellDirective {
  /** The key of the column this template renders. */
  readonly column = input.required<string>({ alias: 'beausCell' });
  readonly template = inject<TemplateRef<{ $implicit: unknown }>>(TemplateRef);
}
