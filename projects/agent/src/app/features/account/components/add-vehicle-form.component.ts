import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { ElementRef } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '@beaus/shared';
import type { AddVehicleRequest } from '../data/account.api';
import type { Submission } from '../state/account.feature';

const vehicleClasses = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/** Adds a vehicle; a rental gets its end date. The BFF normalises the plate. */
@Component({
  selector: 'beaus-add-vehicle-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatHint, MatInput, MatButton, TranslatePipe],
  template: `
    <form #form class="vehicle" (submit)="$event.preventDefault(); submit(form)">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agent.column.plate' | translate }}</mat-label>
        <input matInput name="plate" autocomplete="off" maxlength="14" required />
      </mat-form-field>
      <mat-form-field appearance="outline" class="short">
        <mat-label>{{ 'agent.vehicle.jurisdiction' | translate }}</mat-label>
        <input matInput name="jurisdiction" maxlength="2" required />
      </mat-form-field>
      <mat-form-field appearance="outline" class="short">
        <mat-label>{{ 'agent.column.class' | translate }}</mat-label>
        <select matNativeControl name="vehicleClass">
          @for (axles of classes; track axles) {
            <option [value]="axles">{{ axles }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agent.column.startDate' | translate }}</mat-label>
        <input matInput type="date" name="startDate" [value]="today" required />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'agent.column.endDate' | translate }}</mat-label>
        <input matInput type="date" name="endDate" />
        <mat-hint>{{ 'agent.vehicle.endHint' | translate }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'agent.adjust.note' | translate }}</mat-label>
        <input matInput name="note" maxlength="2000" required />
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="submission().status === 'submitting'">
        {{ 'agent.vehicle.add' | translate }}
      </button>
      @if (problem(); as key) {
        <p class="error" role="alert">{{ key | translate }}</p>
      } @else if (submission().error; as error) {
        <p class="error" role="alert">{{ error | translate }}</p>
      }
    </form>
  `,
  styles: `
    .vehicle {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: baseline;
    }
    .short {
      width: 110px;
    }
    .wide {
      flex: 1 1 280px;
    }
    .error {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
})
export class AddVehicleFormComponent {
  readonly submission = input.required<Submission>();
  readonly add = output<AddVehicleRequest>();

  protected readonly classes = vehicleClasses;
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly problem = signal<string | null>(null);
  private readonly form = viewChild.required<ElementRef<HTMLFormElement>>('form');

  constructor() {
    // Empty the form once the vehicle is saved, ready for the next one.
    effect(() => {
      if (this.submission().status === 'succeeded') this.form().nativeElement.reset();
    });
  }

  protected submit(form: HTMLFormElement): void {
    const field = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    const request: AddVehicleRequest = {
      plate: field('plate'),
      jurisdiction: field('jurisdiction').toUpperCase(),
      vehicleClass: Number(field('vehicleClass') || 2),
      startDate: field('startDate'),
      note: field('note'),
      ...(field('endDate') ? { endDate: field('endDate') } : {}),
    };
    if (!request.plate || !/^[A-Z]{2}$/.test(request.jurisdiction) || !request.startDate) {
      this.problem.set('agent.vehicle.incomplete');
    } else if (!request.note) {
      this.problem.set('agent.note.required');
    } else {
      this.problem.set(null);
      this.add.emit(request);
    }
  }
}
