import type { TranslationSet } from '@beaus/shared';

const en = {
  'agent.review.title': 'Image review',
  'agent.review.waiting': '{count} trips waiting',
  'agent.review.session':
    'This session: {total} decided ({confirm} confirmed, {correct} corrected, {unreadable} unreadable)',
  'agent.review.empty': 'The queue is empty. New plate images will appear here.',
  'agent.review.loading': 'Loading the next plate image…',
  'agent.review.failed': 'The review queue could not be loaded.',
  'agent.review.error.generic': 'That decision did not go through. Try again.',
  'agent.review.imageAlt':
    'Plate image at {plaza}, lane {lane}. OCR read {plate} ({jurisdiction}) at {confidence}% confidence.',
  'agent.review.noImage': 'No image is stored for this trip.',
  'agent.review.imageLoading': 'Loading image…',
  'agent.review.ocr': 'OCR reading',
  'agent.review.confidence': 'Confidence',
  'agent.review.plaza': 'Plaza',
  'agent.review.lane': 'Lane',
  'agent.review.time': 'Time',
  'agent.review.class': 'Class',
  'agent.review.unknown': 'none',
  'agent.review.confirm': 'Confirm',
  'agent.review.unreadable': 'Unreadable',
  'agent.review.correct': 'Correct and post',
  'agent.review.plate': 'Corrected plate',
  'agent.review.jurisdiction': 'Jurisdiction',
  'agent.review.shortcuts':
    'Keys: C or Enter confirms the reading. E types a corrected plate, Enter posts it. U marks it unreadable. Esc leaves the field.',
  'agent.review.decided.confirm': 'Confirmed. Loading the next image.',
  'agent.review.decided.correct': 'Corrected. Loading the next image.',
  'agent.review.decided.unreadable': 'Marked unreadable. Loading the next image.',
} as const;

const es: Record<keyof typeof en, string> = {
  'agent.review.title': 'Revisión de imágenes',
  'agent.review.waiting': '{count} viajes en espera',
  'agent.review.session':
    'Esta sesión: {total} decididos ({confirm} confirmados, {correct} corregidos, {unreadable} ilegibles)',
  'agent.review.empty': 'La cola está vacía. Las nuevas imágenes de placas aparecerán aquí.',
  'agent.review.loading': 'Cargando la siguiente imagen de placa…',
  'agent.review.failed': 'No se pudo cargar la cola de revisión.',
  'agent.review.error.generic': 'La decisión no se registró. Inténtelo de nuevo.',
  'agent.review.imageAlt':
    'Imagen de placa en {plaza}, carril {lane}. El OCR leyó {plate} ({jurisdiction}) con {confidence}% de confianza.',
  'agent.review.noImage': 'No hay imagen guardada para este viaje.',
  'agent.review.imageLoading': 'Cargando imagen…',
  'agent.review.ocr': 'Lectura OCR',
  'agent.review.confidence': 'Confianza',
  'agent.review.plaza': 'Plaza',
  'agent.review.lane': 'Carril',
  'agent.review.time': 'Hora',
  'agent.review.class': 'Clase',
  'agent.review.unknown': 'ninguna',
  'agent.review.confirm': 'Confirmar',
  'agent.review.unreadable': 'Ilegible',
  'agent.review.correct': 'Corregir y registrar',
  'agent.review.plate': 'Placa corregida',
  'agent.review.jurisdiction': 'Jurisdicción',
  'agent.review.shortcuts':
    'Teclas: C o Enter confirma la lectura. E escribe una placa corregida, Enter la registra. U la marca ilegible. Esc sale del campo.',
  'agent.review.decided.confirm': 'Confirmado. Cargando la siguiente imagen.',
  'agent.review.decided.correct': 'Corregido. Cargando la siguiente imagen.',
  'agent.review.decided.unreadable': 'Marcado ilegible. Cargando la siguiente imagen.',
};

/** Texts of the image review page, English and Spanish. */
export const reviewTexts: TranslationSet = { en, es };
