import { Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { formatPlate } from './plate';

/** `{{ vehicle.plate | plate: vehicle.jurisdiction }}` → "NC ABC123". */
@Pipe({ name: 'plate' })
export class PlatePipe implements PipeTransform {
  transform(plate: string | null | undefined, jurisdiction?: string | null): string {
    return plate ? formatPlate(plate, jurisdiction) : '';
  }
}
