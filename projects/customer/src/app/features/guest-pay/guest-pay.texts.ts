import type { TranslationSet } from '@beaus/shared';

const en = {
  'customer.tolls.tabInvoice': 'I have an invoice',
  'customer.tolls.tabPlate': 'Find tolls by plate',
  'customer.tolls.title': 'Find tolls by plate and dates',
  'customer.tolls.lead':
    'Drove through without a tag? Find your tolls before the bill comes and pay them now.',
  'customer.tolls.plate': 'Plate',
  'customer.tolls.jurisdiction': 'State',
  'customer.tolls.jurisdictionHint': 'Two letters, e.g. NC',
  'customer.tolls.from': 'From (YYYY-MM-DD)',
  'customer.tolls.to': 'To (YYYY-MM-DD)',
  'customer.tolls.rangeHint': 'Up to 90 days',
  'customer.tolls.badRange': 'Choose up to 90 days, the first day not after the last.',
  'customer.tolls.find': 'Find tolls',
  'customer.tolls.found': 'Tolls for {plate} from {from} to {to}',
  'customer.tolls.none': 'No tolls for this plate in these dates.',
  'customer.tolls.unbilled': 'Not billed yet',
  'customer.tolls.invoiced': 'Already on a bill: pay it with the invoice number',
  'customer.tolls.adminFee': 'Administrative fee',
  'customer.tolls.nothingToPay':
    'Nothing to pay here: these tolls are already on a bill. Use the invoice number on it.',
  'customer.tolls.declinedOnInvoice':
    'Your card was declined ({reason}). Your tolls are now on invoice {invoiceNo}: pay it on the “I have an invoice” tab with another card.',
  'customer.tolls.changed': 'These tolls changed meanwhile. Look them up again.',
  'customer.tolls.another': 'Look up other dates',
  'customer.convert.offer': 'Open a prepaid account with these tolls',
  'customer.convert.offerLead':
    'Drive here often? A prepaid account pays tolls at the lower tag rate, and opening one from this invoice waives its fees.',
  'customer.convert.title': 'Open a prepaid account with invoice {invoiceNo}',
  'customer.convert.waivedTitle': 'Waived when you open the account',
  'customer.convert.rule': 'Waived by rule {rule}',
  'customer.convert.noneWaived': 'This invoice has no fees to waive.',
  'customer.convert.movesOpen':
    'The invoice closes: its tolls ({amount}) are paid from your new balance instead.',
  'customer.convert.creditPaid':
    'You paid these fees already: {amount} is added to your new balance.',
  'customer.convert.vehicle': 'Your vehicle: {plate}',
  'customer.convert.vehicleClass': 'Axles (2 for a car)',
  'customer.convert.card': 'Card for your account',
  'customer.convert.opening': 'Opening balance ($)',
  'customer.convert.openingHint': 'At least $40, charged to your card now',
  'customer.convert.submit': 'Open my account',
  'customer.convert.working': 'Opening your account…',
  'customer.convert.done': 'Account {accountNo} is open. Sign in as {username}.',
  'customer.convert.topUpDeclined':
    'The account is open, but your card was declined, so no opening balance was added.',
  'customer.convert.signIn': 'Sign in',
  'customer.convert.taken':
    'This invoice is already on an account, or that e-mail is already registered.',
  'customer.convert.invalid': 'Please check your details.',
  'customer.convert.back': 'Back to the invoice',
} as const;

const es: Record<keyof typeof en, string> = {
  'customer.tolls.tabInvoice': 'Tengo una factura',
  'customer.tolls.tabPlate': 'Buscar peajes por placa',
  'customer.tolls.title': 'Buscar peajes por placa y fechas',
  'customer.tolls.lead':
    '¿Pasó sin tag? Encuentre sus peajes antes de que llegue la factura y páguelos ahora.',
  'customer.tolls.plate': 'Placa',
  'customer.tolls.jurisdiction': 'Estado',
  'customer.tolls.jurisdictionHint': 'Dos letras, p. ej. NC',
  'customer.tolls.from': 'Desde (AAAA-MM-DD)',
  'customer.tolls.to': 'Hasta (AAAA-MM-DD)',
  'customer.tolls.rangeHint': 'Hasta 90 días',
  'customer.tolls.badRange': 'Elija hasta 90 días; el primer día no puede ser posterior al último.',
  'customer.tolls.find': 'Buscar peajes',
  'customer.tolls.found': 'Peajes de {plate} del {from} al {to}',
  'customer.tolls.none': 'No hay peajes de esta placa en estas fechas.',
  'customer.tolls.unbilled': 'Sin facturar',
  'customer.tolls.invoiced': 'Ya está en una factura: páguela con el número de factura',
  'customer.tolls.adminFee': 'Cargo administrativo',
  'customer.tolls.nothingToPay':
    'Nada que pagar aquí: estos peajes ya están en una factura. Use el número de esa factura.',
  'customer.tolls.declinedOnInvoice':
    'Su tarjeta fue rechazada ({reason}). Sus peajes ahora están en la factura {invoiceNo}: páguela en la pestaña “Tengo una factura” con otra tarjeta.',
  'customer.tolls.changed': 'Estos peajes cambiaron. Búsquelos de nuevo.',
  'customer.tolls.another': 'Buscar otras fechas',
  'customer.convert.offer': 'Abrir una cuenta prepago con estos peajes',
  'customer.convert.offerLead':
    '¿Pasa por aquí seguido? Una cuenta prepago paga la tarifa de tag, más baja, y al abrirla desde esta factura se anulan sus cargos.',
  'customer.convert.title': 'Abrir una cuenta prepago con la factura {invoiceNo}',
  'customer.convert.waivedTitle': 'Se anulan al abrir la cuenta',
  'customer.convert.rule': 'Anulado por la regla {rule}',
  'customer.convert.noneWaived': 'Esta factura no tiene cargos que anular.',
  'customer.convert.movesOpen':
    'La factura se cierra: sus peajes ({amount}) se pagan con su nuevo saldo.',
  'customer.convert.creditPaid': 'Ya pagó estos cargos: se suman {amount} a su nuevo saldo.',
  'customer.convert.vehicle': 'Su vehículo: {plate}',
  'customer.convert.vehicleClass': 'Ejes (2 para un auto)',
  'customer.convert.card': 'Tarjeta para su cuenta',
  'customer.convert.opening': 'Saldo inicial ($)',
  'customer.convert.openingHint': 'Mínimo $40, se cobra a su tarjeta ahora',
  'customer.convert.submit': 'Abrir mi cuenta',
  'customer.convert.working': 'Abriendo su cuenta…',
  'customer.convert.done': 'La cuenta {accountNo} está abierta. Inicie sesión como {username}.',
  'customer.convert.topUpDeclined':
    'La cuenta está abierta, pero su tarjeta fue rechazada y no se agregó saldo inicial.',
  'customer.convert.signIn': 'Iniciar sesión',
  'customer.convert.taken': 'Esta factura ya está en una cuenta, o ese correo ya está registrado.',
  'customer.convert.invalid': 'Revise sus datos.',
  'customer.convert.back': 'Volver a la factura',
};

/** Texts of the guest-pay feature that the app-wide set does not have (tolls by plate). */
export const guestPayTexts: TranslationSet = { en, es };
