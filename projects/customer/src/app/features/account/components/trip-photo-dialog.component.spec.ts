import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslationService } from '@beaus/shared';
import { Subject, of, throwError } from 'rxjs';
import type { Observable } from 'rxjs';
import { myTripsTexts } from '../my-trips.texts';
import { TripPhotoDialogComponent } from './trip-photo-dialog.component';

describe('TripPhotoDialogComponent', () => {
  async function render(photo: Observable<Blob>) {
    URL.createObjectURL = jest.fn(() => 'blob:trip-t1');
    URL.revokeObjectURL = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: { photo, title: 'Plate photo of ABC123 at X' } },
        { provide: MatDialogRef, useValue: { close: jest.fn() } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(myTripsTexts);
    translations.use('en');
    const fixture = TestBed.createComponent(TripPhotoDialogComponent);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the photo titled and described by plate and plaza, and frees it when closed', async () => {
    const { fixture, element } = await render(of(new Blob(['<svg/>'])));
    expect(element.querySelector('h2')?.textContent).toBe('Plate photo of ABC123 at X');
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('blob:trip-t1');
    expect(image?.alt).toBe('Plate photo of ABC123 at X');
    fixture.destroy();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:trip-t1');
  });

  it('says the image is not retained when the store no longer has it', async () => {
    const { element } = await render(throwError(() => new Error('404')));
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('image not retained');
  });

  it('announces loading until the photo arrives', async () => {
    const pending = new Subject<Blob>();
    const { fixture, element } = await render(pending);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading photo');
    pending.next(new Blob(['<svg/>']));
    await fixture.whenStable();
    expect(element.querySelector('img')).not.toBeNull();
  });
});
