import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { EmptyStateComponent, PlatePipe, TranslatePipe } from '@beaus/shared';
import type { CustomerAccount } from '../data/customer-account.api';
import type { NewVehicle } from '../data/self-service.api';

type Vehicle = CustomerAccount['vehicles'][number];

/** At most 8 letters or digits (the BFF's plate rule); typed spaces, dots and dashes do not count. */
const platePattern = /^(?:[A-Za-z0-9][ .-]?){1,8}$/;

/** What each vehicle offers next: a tag request, a tag on its way, or its tag. */
interface VehicleRow {
  vehicle: Vehicle;
  tagNo: string | null;
  tagRequested: boolean;
}

/**
 * The driver's vehicles: each with its tag (or a way to ask for one) and a way to end it, and a
 * form to add one, a rental with the day it goes back.
 */
@Component({
  selector: 'beaus-my-vehicles',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    EmptyStateComponent,
    PlatePipe,
    TranslatePipe,
  ],
  template: `
    @if (rows().length === 0) {
      <beaus-empty-state messageKey="customer.account.noVehicles" />
    } @else {
      <ul class="vehicles">
        @for (row of rows(); track row.vehicle.id) {
          <li class="vehicle">
            <div class="what">
              <span class="mono plate">{{
                row.vehicle.plate | plate: row.vehicle.jurisdiction
              }}</span>
              <span>{{ row.vehicle.make ?? '' }} {{ row.vehicle.model ?? '' }}</span>
              <span>{{
                'customer.vehicleClass' | translate: { axles: row.vehicle.vehicleClass }
              }}</span>
              @if (row.vehicle.endDate) {
                <span class="until">
                  {{ 'customer.vehicles.until' | translate: { date: row.vehicle.endDate } }}
                </span>
              }
            </div>
            <div class="actions">
              @if (row.tagNo) {
                <span class="tag">{{
                  'customer.vehicles.tag' | translate: { tagNo: row.tagNo }
                }}</span>
              } @else if (row.tagRequested) {
                <span class="tag">{{ 'customer.tags.onItsWay' | translate }}</span>
              } @else {
                <button
                  mat-stroked-button
                  type="button"
                  class="request-tag"
                  [disabled]="busy()"
                  (click)="requestTag.emit(row.vehicle.id)"
                >
                  {{ 'customer.tags.request' | translate }}
                </button>
              }
              <button
                mat-button
                type="button"
                class="end"
                [disabled]="busy()"
                [attr.aria-label]="
                  'customer.vehicles.endLabel'
                    | translate: { plate: row.vehicle.plate | plate: row.vehicle.jurisdiction }
                "
                (click)="end.emit(row.vehicle)"
              >
                {{ 'customer.vehicles.end' | translate }}
              </button>
            </div>
          </li>
        }
      </ul>
    }

    @if (adding()) {
      <form class="add-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.pay.plate' | translate }}</mat-label>
          <input matInput formControlName="plate" autocomplete="off" required />
          <mat-error>{{
            (form.controls.plate.hasError('pattern')
              ? 'customer.signUp.plateInvalid'
              : 'customer.pay.required'
            ) | translate
          }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.vehicles.state' | translate }}</mat-label>
          <input matInput formControlName="jurisdiction" maxlength="2" required />
          <mat-error>{{ 'customer.vehicles.stateInvalid' | translate }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.column.class' | translate }}</mat-label>
          <select matNativeControl formControlName="vehicleClass">
            @for (axles of axleCounts; track axles) {
              <option [value]="axles">{{ 'customer.vehicleClass' | translate: { axles } }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.vehicles.make' | translate }}</mat-label>
          <input matInput formControlName="make" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.vehicles.model' | translate }}</mat-label>
          <input matInput formControlName="model" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'customer.vehicles.returnDate' | translate }}</mat-label>
          <input matInput formControlName="endDate" type="date" [min]="today()" />
          <mat-hint>{{ 'customer.vehicles.returnHint' | translate }}</mat-hint>
        </mat-form-field>
        <div class="form-actions">
          <button mat-flat-button type="submit" class="save" [disabled]="busy()">
            {{ 'customer.vehicles.save' | translate }}
          </button>
          <button mat-button type="button" (click)="adding.set(false)">
            {{ 'customer.pay.back' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" class="add" (click)="adding.set(true)">
        {{ 'customer.vehicles.add' | translate }}
      </button>
    }
  `,
  styles: `
    .vehicles {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .vehicle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding: 10px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 16px;
    }
    .plate {
      font-weight: 600;
    }
    .mono {
      font-family: ui-monospace, monospace;
    }
    .until,
    .tag {
      color: var(--mat-sys-on-surface-variant);
    }
    .add-form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
      gap: 4px 12px;
    }
    .form-actions {
      grid-column: 1 / -1;
      display: flex;
      gap: 12px;
    }
    button {
      min-height: 48px;
    }
  `,
})
export class MyVehiclesComponent {
  readonly vehicles = input.required<CustomerAccount['vehicles']>();
  readonly tags = input.required<CustomerAccount['tags']>();
  readonly tagRequests = input.required<CustomerAccount['tagRequests']>();
  /** Today, `YYYY-MM-DD`: a rental cannot go back before it. */
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly add = output<NewVehicle>();
  readonly end = output<Vehicle>();
  readonly requestTag = output<string>();

  protected readonly axleCounts = [2, 3, 4, 5, 6, 7, 8, 9] as const;
  protected readonly adding = signal(false);

  protected readonly rows = computed<VehicleRow[]>(() => {
    const live = new Set(['valid', 'low_balance', 'invalid']);
    return this.vehicles().map((vehicle) => ({
      vehicle,
      tagNo:
        this.tags().find((tag) => tag.vehicleId === vehicle.id && live.has(tag.status))?.tagNo ??
        null,
      tagRequested: this.tagRequests().some((request) => request.vehicleId === vehicle.id),
    }));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    plate: ['', [Validators.required, Validators.pattern(platePattern)]],
    jurisdiction: ['NC', [Validators.required, Validators.pattern(/^[A-Za-z]{2}$/)]],
    vehicleClass: ['2'],
    make: [''],
    model: [''],
    endDate: [''],
  });

  /** Closes the form after the page says the vehicle was added. */
  close(): void {
    this.adding.set(false);
    this.form.reset();
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.add.emit({
      plate: value.plate.trim(),
      jurisdiction: value.jurisdiction.trim().toUpperCase(),
      vehicleClass: Number(value.vehicleClass),
      ...(value.make.trim() ? { make: value.make.trim() } : {}),
      ...(value.model.trim() ? { model: value.model.trim() } : {}),
      ...(value.endDate ? { endDate: value.endDate } : {}),
    });
  }
}
