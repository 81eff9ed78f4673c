import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY, SESSION_ONLY_KEY, type Role } from '../../common/decorators';

/** @nestjs/swagger's metadata key of @ApiOperation (its constants are not exported). */
const API_OPERATION = 'swagger/apiOperation';

type Constructor = new (...args: never[]) => unknown;

/** What the route metadata says about one operation: the input it takes and who may call it. */
export interface OperationFacts {
  operationId: string;
  isPublic: boolean;
  mutating: boolean;
  roles?: Role[];
  sessionOnly: boolean;
  /** Class of the @Body() parameter, when it is a DTO class. */
  body?: Constructor;
  /** Class of the @Query() parameter, when it is a DTO class. */
  query?: Constructor;
  /** Names of the @Param() path parameters, and whether each is parsed as a UUID. */
  pathParams: { name: string; uuid: boolean }[];
  /** Takes a multipart file upload (@UploadedFile). */
  upload: boolean;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

const SAFE_METHODS = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);

/**
 * Reads every controller handler's metadata, keyed by the operationId the document uses (the
 * explicit `@ApiOperation({ operationId })`, else the factory's `<Controller>_<method>`), so the
 * document builder can derive responses and limits from the code instead of hand-written lists.
 */
export function collectOperationFacts(app: INestApplication, fallbackId: (controller: string, method: string) => string): Map<string, OperationFacts> {
  const facts = new Map<string, OperationFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Constructor | null;
      if (!controller?.prototype) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[method];
        if (method === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const explicitId = (Reflect.getMetadata(API_OPERATION, handler) as { operationId?: string } | undefined)?.operationId;
        const operationId = explicitId ?? fallbackId(controller.name, method);
        facts.set(operationId, describeHandler(controller, method, handler as object, operationId));
      }
    }
  }
  return facts;
}

function describeHandler(controller: Constructor, method: string, handler: object, operationId: string): OperationFacts {
  const meta = <T>(key: string): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
  const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>);
  const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? []) as unknown[];
  const argsOf = (type: RouteParamtypes) => args.filter(([key]) => key.split(':')[0] === String(type)).map(([, arg]) => arg);
  const dtoAt = (arg?: RouteArg) => (arg && !arg.data && isDtoClass(paramTypes[arg.index]) ? (paramTypes[arg.index] as Constructor) : undefined);
  return {
    operationId,
    isPublic: meta<boolean>(PUBLIC_KEY) === true,
    mutating: !SAFE_METHODS.has(Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod),
    roles: meta<Role[]>(ROLES_KEY),
    sessionOnly: meta<boolean>(SESSION_ONLY_KEY) === true,
    body: dtoAt(argsOf(RouteParamtypes.BODY)[0]),
    query: dtoAt(argsOf(RouteParamtypes.QUERY)[0]),
    pathParams: argsOf(RouteParamtypes.PARAM)
      .filter((arg) => typeof arg.data === 'string')
      .map((arg) => ({ name: arg.data as string, uuid: (arg.pipes ?? []).some((pipe) => pipe?.constructor?.name === 'ParseUUIDPipe') })),
    upload: argsOf(RouteParamtypes.FILE).length + argsOf(RouteParamtypes.FILES).length > 0,
  };
}

const BUILT_INS = new Set<unknown>([Object, String, Number, Boolean, Array, Promise]);
const isDtoClass = (type: unknown): boolean => typeof type === 'function' && !BUILT_INS.has(type);
