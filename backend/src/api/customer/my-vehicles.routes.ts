import Type from 'typebox';
import type { BeausApp } from '../../platform/app-types.ts';
import { ErrorResponse, protectedErrorResponses } from '../../platform/errors.ts';
import { customerContextOf } from './customer-context.ts';
import { addMyVehicle, endMyVehicle } from './my-vehicles.ts';
import { IsoDate, MyVehicle, NewVehicle } from './self-service.schemas.ts';

const AddMyVehicleBody = Type.Object(
  {
    ...NewVehicle.properties,
    endDate: Type.Optional({ ...IsoDate, description: 'A rental: the day it goes back' }),
  },
  { additionalProperties: false, title: 'AddMyVehicleRequest' },
);

const VehicleParams = Type.Object({ vehicleId: Type.Integer({ minimum: 1 }) });

const errors = { 404: ErrorResponse, 409: ErrorResponse, ...protectedErrorResponses };

/** The driver's own vehicles: add one (a rental with its end date) or end one. */
export async function myVehicleRoutes(app: BeausApp): Promise<void> {
  app.post(
    '/vehicles',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'addMyVehicle',
        summary: 'Add a vehicle to my account from today; a rental with the date it goes back',
        body: AddMyVehicleBody,
        response: { 201: MyVehicle, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addMyVehicle(app.database, customerContextOf(request), request.body)),
  );

  app.post(
    '/vehicles/:vehicleId/end',
    {
      config: { roles: ['customer'] },
      schema: {
        tags: ['customer'],
        operationId: 'endMyVehicle',
        summary: 'End one of my vehicles (sold, rental returned) from a date, default today',
        params: VehicleParams,
        body: Type.Object(
          { endDate: Type.Optional(IsoDate) },
          { additionalProperties: false, title: 'EndMyVehicleRequest' },
        ),
        response: { 200: MyVehicle, ...errors },
      },
    },
    async (request) =>
      endMyVehicle(
        app.database,
        customerContextOf(request),
        request.params.vehicleId,
        request.body.endDate,
      ),
  );
}
