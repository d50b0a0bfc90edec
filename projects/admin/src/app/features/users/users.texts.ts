import type { TranslationSet } from '@beaus/shared';

const en = {
  'admin.users.title': 'Staff users',
  'admin.users.help':
    'Local sign-in. With Cognito, roles map to user pool groups by configuration.',
  'admin.users.table': 'Staff users',
  'admin.users.none': 'No staff user matches.',
  'admin.users.username': 'Username',
  'admin.users.displayName': 'Name',
  'admin.users.email': 'E-mail (optional)',
  'admin.users.roles': 'Roles',
  'admin.users.team': 'Team',
  'admin.users.state': 'State',
  'admin.users.password': 'First password (12+ characters)',
  'admin.users.create': 'Create user',
  'admin.users.created': 'User created.',
  'admin.users.saved': 'User saved.',
  'admin.users.edit': 'Edit {username}',
  'admin.users.save': 'Save roles and team',
  'admin.users.disable': 'Disable',
  'admin.users.enable': 'Enable',
  'admin.users.openHint': 'Open a row (click or Enter) to change roles, team or state.',
  'admin.users.usernameInvalid':
    'Lower-case letters, digits, dots, dashes; 3–40, starting with a letter',
  'admin.users.nameRequired': 'Enter the person’s name',
  'admin.users.roleRequired': 'Choose at least one role',
  'admin.users.passwordShort': 'At least 12 characters',
  'admin.role.agent': 'Agent',
  'admin.role.supervisor': 'Supervisor',
  'admin.role.admin': 'Admin',
  'status.enabled': 'Enabled',
} as const;

const es: Record<keyof typeof en, string> = {
  'admin.users.title': 'Usuarios del personal',
  'admin.users.help':
    'Acceso local. Con Cognito, los roles corresponden a grupos del user pool por configuración.',
  'admin.users.table': 'Usuarios del personal',
  'admin.users.none': 'Ningún usuario coincide.',
  'admin.users.username': 'Usuario',
  'admin.users.displayName': 'Nombre',
  'admin.users.email': 'Correo (opcional)',
  'admin.users.roles': 'Roles',
  'admin.users.team': 'Equipo',
  'admin.users.state': 'Estado',
  'admin.users.password': 'Contraseña inicial (12+ caracteres)',
  'admin.users.create': 'Crear usuario',
  'admin.users.created': 'Usuario creado.',
  'admin.users.saved': 'Usuario guardado.',
  'admin.users.edit': 'Editar {username}',
  'admin.users.save': 'Guardar roles y equipo',
  'admin.users.disable': 'Desactivar',
  'admin.users.enable': 'Activar',
  'admin.users.openHint': 'Abra una fila (clic o Intro) para cambiar roles, equipo o estado.',
  'admin.users.usernameInvalid': 'Minúsculas, dígitos, puntos, guiones; 3–40, empezando por letra',
  'admin.users.nameRequired': 'Escriba el nombre de la persona',
  'admin.users.roleRequired': 'Elija al menos un rol',
  'admin.users.passwordShort': 'Al menos 12 caracteres',
  'admin.role.agent': 'Agente',
  'admin.role.supervisor': 'Supervisor',
  'admin.role.admin': 'Administrador',
  'status.enabled': 'Activo',
};

/** Texts of the staff users screen. */
export const usersTexts: TranslationSet = { en, es };
