import type { TranslationSet } from '@beaus/shared';

const en = {
  'customer.trip.rate':
    'Class {vehicleClass} {rate} rate at {plaza}, {dayType} band {band}, schedule version {version}',
  'customer.trip.rateKind.tag': 'tag',
  'customer.trip.rateKind.plate': 'plate',
  'customer.trip.dayType.weekday': 'weekday',
  'customer.trip.dayType.weekend': 'weekend',
  'customer.trip.dayType.holiday': 'holiday',
  'customer.trip.photo': 'Photo',
  'customer.trip.openPhoto': 'Photo of the trip at {plaza}',
  'customer.trip.photoAlt': 'Plate photo of {plate} at {plaza}',
  'customer.trip.noPhoto': 'No photo',
  'customer.trip.loadingPhoto': 'Loading photo…',
  'customer.trip.notRetained': 'image not retained',
  'customer.trip.close': 'Close',
};

const es: Record<keyof typeof en, string> = {
  'customer.trip.rate':
    'Tarifa {rate} clase {vehicleClass} en {plaza}, franja {band} de {dayType}, versión de tarifas {version}',
  'customer.trip.rateKind.tag': 'de tag',
  'customer.trip.rateKind.plate': 'por placa',
  'customer.trip.dayType.weekday': 'día laborable',
  'customer.trip.dayType.weekend': 'fin de semana',
  'customer.trip.dayType.holiday': 'feriado',
  'customer.trip.photo': 'Foto',
  'customer.trip.openPhoto': 'Foto del viaje en {plaza}',
  'customer.trip.photoAlt': 'Foto de la placa {plate} en {plaza}',
  'customer.trip.noPhoto': 'Sin foto',
  'customer.trip.loadingPhoto': 'Cargando foto…',
  'customer.trip.notRetained': 'imagen no conservada',
  'customer.trip.close': 'Cerrar',
};

/** The customer's trips: how each price was computed, and the plate photo. */
export const myTripsTexts: TranslationSet = { en, es };
