import type { TranslationSet } from '@beaus/shared';

const en = {
  'agent.nav.accounts': 'Account search',
  'agent.nav.review': 'Image review',
  'agent.search.title': 'Find an account',
  'agent.search.label': 'Account no., name, plate, tag, invoice no., phone or e-mail',
  'agent.search.submit': 'Search',
  'agent.search.hint':
    'Type what the caller gives you and press Enter; Enter again opens the first.',
  'agent.search.results': 'Matching accounts',
  'agent.search.count': '{count} accounts found',
  'agent.search.none': 'No account matches. Check the spelling or try another detail.',
  'agent.column.accountNo': 'Account no.',
  'agent.column.name': 'Name',
  'agent.column.type': 'Type',
  'agent.column.status': 'Status',
  'agent.column.plates': 'Plates',
  'agent.column.balance': 'Balance',
  'agent.column.matchedOn': 'Matched on',
  'agent.matchedOn.accountNo': 'Account no.',
  'agent.matchedOn.plate': 'Plate',
  'agent.matchedOn.tag': 'Tag',
  'agent.matchedOn.invoiceNo': 'Invoice no.',
  'agent.matchedOn.phone': 'Phone',
  'agent.matchedOn.email': 'E-mail',
  'agent.matchedOn.name': 'Name',
  'agent.type.prepaid': 'Prepaid',
  'agent.type.toll_by_plate': 'Toll-by-plate',
  'agent.type.fleet': 'Fleet',
} as const;

const es: Record<keyof typeof en, string> = {
  'agent.nav.accounts': 'Búsqueda de cuentas',
  'agent.nav.review': 'Revisión de imágenes',
  'agent.search.title': 'Buscar una cuenta',
  'agent.search.label': 'N.º de cuenta, nombre, placa, tag, n.º de factura, teléfono o correo',
  'agent.search.submit': 'Buscar',
  'agent.search.hint':
    'Escriba el dato que le da la persona y presione Enter; Enter otra vez abre el primero.',
  'agent.search.results': 'Cuentas encontradas',
  'agent.search.count': '{count} cuentas encontradas',
  'agent.search.none': 'Ninguna cuenta coincide. Revise la ortografía o pruebe otro dato.',
  'agent.column.accountNo': 'N.º de cuenta',
  'agent.column.name': 'Nombre',
  'agent.column.type': 'Tipo',
  'agent.column.status': 'Estado',
  'agent.column.plates': 'Placas',
  'agent.column.balance': 'Saldo',
  'agent.column.matchedOn': 'Coincide en',
  'agent.matchedOn.accountNo': 'N.º de cuenta',
  'agent.matchedOn.plate': 'Placa',
  'agent.matchedOn.tag': 'Tag',
  'agent.matchedOn.invoiceNo': 'N.º de factura',
  'agent.matchedOn.phone': 'Teléfono',
  'agent.matchedOn.email': 'Correo',
  'agent.matchedOn.name': 'Nombre',
  'agent.type.prepaid': 'Prepago',
  'agent.type.toll_by_plate': 'Peaje por placa',
  'agent.type.fleet': 'Flota',
};

/** The agent app's texts in English and Spanish. */
export const agentTexts: TranslationSet = { en, es };
