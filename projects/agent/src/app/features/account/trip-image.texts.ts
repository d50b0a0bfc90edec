import type { TranslationSet } from '@beaus/shared';

const en = {
  'agent.tripImage.alt': 'Plate image of {plate} at {plaza}',
  'agent.tripImage.open': 'Open the plate image of {plate} at {plaza}',
  'agent.tripImage.loading': 'Loading image…',
  'agent.tripImage.notRetained': 'image not retained',
  'agent.tripImage.close': 'Close',
};

const es: Record<keyof typeof en, string> = {
  'agent.tripImage.alt': 'Imagen de la placa {plate} en {plaza}',
  'agent.tripImage.open': 'Abrir la imagen de la placa {plate} en {plaza}',
  'agent.tripImage.loading': 'Cargando imagen…',
  'agent.tripImage.notRetained': 'imagen no conservada',
  'agent.tripImage.close': 'Cerrar',
};

/** Texts of the trip evidence thumbnails in the trips tab, English and Spanish. */
export const tripImageTexts: TranslationSet = { en, es };
