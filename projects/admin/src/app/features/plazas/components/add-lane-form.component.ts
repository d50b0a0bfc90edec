import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@beaus/shared';
import { emptyLane, laneProblems, laneTypes } from '../data/lane-form';
import type { LaneDraft, LaneType } from '../data/lane-form';

/** A new lane or gantry for the plaza, checked as typed; emits it when it can be added. */
@Component({
  selector: 'beaus-add-lane-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, TranslatePipe],
  styleUrl: './plaza-forms.scss',
  template: `
    <h2 id="lane-add-title">{{ 'admin.laneForm.title' | translate }}</h2>
    <form aria-labelledby="lane-add-title" (submit)="$event.preventDefault(); submit()">
      <div class="fields">
        <label>
          <span>{{ 'admin.lanes.code' | translate }}</span>
          <input
            name="laneCode"
            data-testid="lane-code"
            autocomplete="off"
            [value]="lane().code"
            [attr.aria-invalid]="shown().code ? 'true' : null"
            aria-describedby="lane-code-hint lane-code-problem"
            (input)="setCode($any($event.target).value)"
            (blur)="left.set(true)"
          />
          <small class="hint" id="lane-code-hint">{{
            'admin.laneForm.codeHint' | translate
          }}</small>
          <small class="problem" id="lane-code-problem">
            {{ shown().code ?? '' | translate }}
          </small>
        </label>
        <label>
          <span>{{ 'admin.lanes.type' | translate }}</span>
          <select
            name="laneType"
            data-testid="lane-type"
            [value]="lane().type"
            (change)="setType($any($event.target).value)"
          >
            @for (type of types; track type) {
              <option [value]="type" [selected]="type === lane().type">
                {{ 'admin.laneType.' + type | translate }}
              </option>
            }
          </select>
        </label>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'admin.laneForm.submit' | translate }}
        </button>
      </div>
    </form>
  `,
})
export class AddLaneFormComponent {
  /** Codes the plaza already has: a second lane with one of them would be refused. */
  readonly takenCodes = input<readonly string[]>([]);
  /** Whether an add is in flight. */
  readonly busy = input(false);
  /** A lane whose code is well-formed and new at the plaza. */
  readonly added = output<LaneDraft>();

  protected readonly types = laneTypes;
  protected readonly lane = signal<LaneDraft>(emptyLane);
  // The problem shows once the admin leaves the field or tries to add, not at the first key.
  protected readonly left = signal(false);
  private readonly problems = computed(() => laneProblems(this.lane(), this.takenCodes()));
  protected readonly shown = computed(() => (this.left() ? this.problems() : {}));

  /** Empties the form once the lane was added (the type stays: lanes often come in runs). */
  reset(): void {
    this.lane.update((lane) => ({ ...emptyLane, type: lane.type }));
    this.left.set(false);
  }

  protected setCode(code: string): void {
    this.lane.update((lane) => ({ ...lane, code }));
  }

  protected setType(type: LaneType): void {
    this.lane.update((lane) => ({ ...lane, type }));
  }

  protected submit(): void {
    this.left.set(true);
    if (Object.keys(this.problems()).length === 0) this.added.emit(this.lane());
  }
}
