import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  DataTableComponent,
  TableCellDirective,
  ToastService,
  TranslatePipe,
  TranslationService,
  ZonedDatePipe,
} from '@beaus/shared';
import type { TableColumn, TableLoader } from '@beaus/shared';
import { messageOf } from '../../../common/api-error';
import { diffValues } from '../data/audit-diff';
import { AuditApi, noFilter } from '../data/audit.api';
import type { AuditEntry, AuditFilter } from '../data/audit.api';

/** Who changed what and when: filter, page, open an entry for its before / after, export CSV. */
@Component({
  selector: 'beaus-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, DataTableComponent, TableCellDirective, TranslatePipe, ZonedDatePipe],
  templateUrl: './audit.page.html',
  styleUrl: './audit.page.scss',
})
export default class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly toast = inject(ToastService);
  private readonly translations = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly table = viewChild.required(DataTableComponent);

  /** What the inputs hold; applied to the table only on submit. */
  protected readonly draft = signal<AuditFilter>(noFilter);
  private readonly applied = signal<AuditFilter>(noFilter);
  protected readonly selected = signal<AuditEntry | null>(null);
  protected readonly changes = computed(() => {
    const entry = this.selected();
    return entry ? diffValues(entry.before, entry.after) : [];
  });
  protected readonly exporting = signal(false);

  protected readonly columns: readonly TableColumn<AuditEntry>[] = [
    { key: 'at', headerKey: 'admin.audit.at' },
    { key: 'actor', headerKey: 'admin.audit.actor' },
    { key: 'action', headerKey: 'admin.audit.action' },
    {
      key: 'entity',
      headerKey: 'admin.audit.entity',
      value: (e) => `${e.entityType} ${e.entityId}`,
    },
  ];
  protected readonly loadEntries: TableLoader<AuditEntry> = (query) =>
    this.api.search(this.applied(), query);

  protected set(field: keyof AuditFilter, value: string): void {
    this.draft.update((filter) => ({ ...filter, [field]: value }));
  }

  protected apply(): void {
    this.applied.set(this.draft());
    this.selected.set(null);
    this.table().reload();
  }

  protected exportCsv(): void {
    this.exporting.set(true);
    this.api.exportCsv(this.draft()).subscribe({
      next: (csv) => {
        this.exporting.set(false);
        this.download(csv);
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.toast.error(this.translations.translate(messageOf(error)));
      },
    });
  }

  private download(csv: string): void {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = `beaus-audit-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }
}
