import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MoneyPipe, TranslatePipe } from '@beaus/shared';
import type { OperationsDashboard } from '../data/dashboard.api';

type PlazaRow = OperationsDashboard['plazas'][number];

/**
 * The range's figures per plaza: the text alternative of the trips chart and the drill-down
 * from the network to one plaza.
 */
@Component({
  selector: 'beaus-plaza-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MoneyPipe, TranslatePipe],
  template: `
    <table class="plazas">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'supervisor.dashboard.plaza' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.dashboard.trips' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.dashboard.revenue' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.overview.readTag' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.overview.readPlate' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.overview.readReview' | translate }}</th>
          <th scope="col" class="number">{{ 'supervisor.dashboard.backlog' | translate }}</th>
          @if (drillable()) {
            <th scope="col">
              <span class="cdk-visually-hidden">{{ 'supervisor.dashboard.open' | translate }}</span>
            </th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.plazaCode) {
          <tr>
            <th scope="row">{{ row.plazaCode }}</th>
            <td class="number">{{ row.trips }}</td>
            <td class="number">{{ row.revenueCents | money }}</td>
            <td class="number">{{ row.tagReads }}</td>
            <td class="number">{{ row.plateReads }}</td>
            <td class="number">{{ row.reviewReads }}</td>
            <td class="number">{{ row.reviewBacklog }}</td>
            @if (drillable()) {
              <td>
                <button mat-button type="button" (click)="drill.emit(row.plazaCode)">
                  {{ 'supervisor.dashboard.drill' | translate: { plaza: row.plazaCode } }}
                </button>
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-medium);
      padding-bottom: 8px;
    }
    th,
    td {
      padding: 6px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class PlazaTableComponent {
  /** One row per plaza. */
  readonly rows = input.required<readonly PlazaRow[]>();
  /** The table's caption. */
  readonly caption = input.required<string>();
  /** Whether each row offers to drill down to its plaza. */
  readonly drillable = input(true);
  /** The plaza code a person chose to look at. */
  readonly drill = output<string>();
}
