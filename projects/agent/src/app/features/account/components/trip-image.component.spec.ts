import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import type { AccountTrip } from '../data/account.api';
import { TripImageApi } from '../data/trip-image.api';
import { tripImageTexts } from '../trip-image.texts';
import { TripImageComponent } from './trip-image.component';
import { TripImageDialogComponent } from './trip-image-dialog.component';

const trip: AccountTrip = {
  id: '77',
  occurredAt: '2026-11-24T12:00:00Z',
  plazaCode: 'AUS-PRM',
  plazaName: 'Parmer Lane',
  timeZone: 'America/Chicago',
  laneCode: 'L1',
  direction: 'N',
  vehicleClass: 2,
  readType: 'plate',
  tagNo: null,
  plate: 'ABC1234',
  jurisdiction: 'TX',
  amountCents: 450,
  status: 'posted',
  rateExplanation: null,
  imageKeys: ['evidence/2026-11-24/plz-1-rear.svg'],
};

describe('TripImageComponent', () => {
  let fixture: ComponentFixture<TripImageComponent>;
  let element: HTMLElement;
  let api: { image: jest.Mock };
  let dialog: { open: jest.Mock };

  async function render(image: Observable<Blob>) {
    api = { image: jest.fn(() => image) };
    dialog = { open: jest.fn() };
    URL.createObjectURL = jest.fn(() => 'blob:trip-77');
    URL.revokeObjectURL = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: TripImageApi, useValue: api }] });
    TestBed.overrideProvider(MatDialog, { useValue: dialog });
    const translations = TestBed.inject(TranslationService);
    translations.register(tripImageTexts);
    translations.use('en');
    fixture = TestBed.createComponent(TripImageComponent);
    fixture.componentRef.setInput('accountId', 12);
    fixture.componentRef.setInput('trip', trip);
    await fixture.whenStable();
    element = fixture.nativeElement;
  }

  it('shows the thumbnail of the trip, named by plate and plaza, and opens it larger', async () => {
    await render(of(new Blob(['<svg/>'], { type: 'image/svg+xml' })));
    expect(api.image).toHaveBeenCalledWith(12, 77, 0);
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('blob:trip-77');
    expect(image?.alt).toContain('ABC');
    expect(image?.alt).toContain('Parmer Lane (AUS-PRM)');

    const button = element.querySelector<HTMLButtonElement>('button');
    expect(button?.getAttribute('aria-label')).toContain('Open the plate image');
    button?.click();
    expect(dialog.open).toHaveBeenCalledWith(
      TripImageDialogComponent,
      expect.objectContaining({ data: { url: 'blob:trip-77', alt: image?.alt } }),
    );
  });

  it('says the image is not retained when the store no longer has it', async () => {
    await render(throwError(() => new Error('404')));
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('image not retained');
  });

  it('says it is loading until the image arrives, and frees the image when removed', async () => {
    const pending = new Subject<Blob>();
    await render(pending);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading image');
    pending.next(new Blob(['<svg/>']));
    await fixture.whenStable();
    expect(element.querySelector('img')).not.toBeNull();
    fixture.destroy();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:trip-77');
  });
});
