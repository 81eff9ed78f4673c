import 'reflect-metadata';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import type { OpenAPIObject, ParameterObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IdParam } from '../../common/id-param';
import { Public, Roles } from '../../common/decorators';
import { buildOpenApiDocument } from '../openapi';

enum Colour { Red = 'red', Blue = 'blue' }

class WidgetInput {
  @ApiProperty() @IsString() @MaxLength(80) name: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(20, { each: true }) tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10) size?: number;
  @ApiPropertyOptional({ enum: Colour, enumName: 'Colour', nullable: true }) @IsOptional() colour?: Colour | null;
  @ApiPropertyOptional() @IsOptional() @IsUUID() ownerId?: string;
}

class WidgetQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z]{1,12}$/) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsIn(['a', 'b']) kind?: string;
}

class WidgetDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: 'integer' }) count: number;
}

@Controller('widgets')
class WidgetsController {
  @Get()
  @ApiOperation({ operationId: 'listWidgets' })
  @ApiOkResponse({ type: [WidgetDto] })
  list(@Query() _query: WidgetQuery): WidgetDto[] { return []; }

  @Post()
  @Roles('admin')
  @ApiOperation({ operationId: 'createWidget', summary: 'Create a widget' })
  create(@Body() _dto: WidgetInput): void {}

  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Named like a table entry on purpose' })
  update(@IdParam() _id: string, @Body() _dto: WidgetInput): void {}

  @Get('ping')
  @Public()
  @ApiOperation({ operationId: 'pingWidgets', summary: 'Public ping' })
  ping(): void {}
}

describe('buildOpenApiDocument', () => {
  let document: OpenAPIObject;
  const op = (path: string, method: 'get' | 'post' | 'patch') => document.paths[path][method]!;
  const schema = (name: string) => document.components!.schemas![name] as SchemaObject;
  const prop = (name: string, property: string) => schema(name).properties![property] as SchemaObject;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [WidgetsController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    document = buildOpenApiDocument(app);
    await app.close();
  });

  it('writes class-validator limits into the request schema', () => {
    expect(prop('WidgetInput', 'name')).toMatchObject({ type: 'string', maxLength: 80 });
    expect(prop('WidgetInput', 'tags')).toMatchObject({ maxItems: 5, items: { type: 'string', maxLength: 20 } });
    expect(prop('WidgetInput', 'size')).toMatchObject({ type: 'integer', minimum: 0, maximum: 10, format: 'int32' });
    expect(prop('WidgetInput', 'ownerId')).toMatchObject({ format: 'uuid', maxLength: 36 });
  });

  it('states "enum or null" without relying on nullable inside allOf', () => {
    expect(prop('WidgetInput', 'colour')).toMatchObject({ anyOf: [{ $ref: '#/components/schemas/Colour' }, { enum: [null], nullable: true }] });
    expect(prop('WidgetInput', 'colour').nullable).toBeUndefined();
  });

  it('gives integers without bounds the int64 format', () => {
    expect(prop('WidgetDto', 'count')).toMatchObject({ format: 'int64' });
  });

  it('writes query limits into the parameters, and the uuid format into :id', () => {
    const params = op('/widgets', 'get').parameters as ParameterObject[];
    expect(params.find((p) => p.name === 'code')!.schema).toMatchObject({ pattern: '^[a-z]{1,12}$', maxLength: 12 });
    expect(params.find((p) => p.name === 'kind')!.schema).toMatchObject({ enum: ['a', 'b'] });
    const id = (op('/widgets/{id}', 'patch').parameters as ParameterObject[]).find((p) => p.name === 'id')!;
    expect(id.schema).toMatchObject({ format: 'uuid', maxLength: 36 });
  });

  it('derives the problem responses from the route metadata', () => {
    const statuses = (path: string, method: 'get' | 'post' | 'patch') => Object.keys(op(path, method).responses).filter((s) => s >= '400').sort();
    expect(statuses('/widgets', 'get')).toEqual(['400', '401', '403', '429', '503']);
    expect(statuses('/widgets', 'post')).toEqual(['400', '401', '403', '413', '429', '503']);
    expect(statuses('/widgets/{id}', 'patch')).toEqual(['400', '401', '403', '404', '409', '413', '429', '503']);
    expect(statuses('/widgets/ping', 'get')).toEqual(['400']);
    expect(op('/widgets', 'post').responses['403']).toMatchObject({ description: expect.stringContaining('needs the role admin') });
    expect(op('/widgets', 'get').responses['429']).toMatchObject({
      headers: { 'Retry-After': expect.anything() },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });

  it('spells out a missing summary from the operationId and marks public operations', () => {
    expect(op('/widgets', 'get').summary).toBe('List widgets');
    expect(op('/widgets/ping', 'get').security).toEqual([]);
  });

  it('describes API tokens as opaque, not JWT', () => {
    expect(document.components!.securitySchemes!.token).toMatchObject({ scheme: 'bearer', bearerFormat: expect.not.stringMatching(/jwt/i) });
  });
});
