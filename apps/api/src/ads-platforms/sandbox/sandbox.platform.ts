import { PartialType } from '@nestjs/swagger';
import { LOCALE_FIELDS } from '../connections/connection-field-spec';
import { AccountLocaleFields } from '../connections/dto/platform-fields.dto';
import type { AdsPlatformDescriptor } from '../platform-descriptor';
import { SandboxAdsAdapter } from './sandbox-ads.adapter';
import { SANDBOX_COMPLIANCE } from './sandbox.compliance';

export class SandboxFieldsDto extends AccountLocaleFields {}
export class UpdateSandboxFieldsDto extends PartialType(SandboxFieldsDto, { skipNullProperties: false }) {}

/** The simulated platform: delivery from budget and audience size, objects in PostgreSQL, nothing spent. */
export const sandboxPlatform: AdsPlatformDescriptor = {
  kind: 'sandbox',
  label: 'Sandbox',
  optionLabel: 'Sandbox (simulated, no real ads)',
  isSandbox: true,
  connection: {
    fields: LOCALE_FIELDS, createDto: SandboxFieldsDto, updateDto: UpdateSandboxFieldsDto, sectionRequired: false,
    startsConnected: { detail: 'Simulated platform: nothing is published or spent.', defaults: { currency: 'USD', timeZone: 'UTC' } },
    note: 'The sandbox simulates delivery from budget and audience size. Everything published to it is labelled “Sandbox”.',
  },
  compliance: SANDBOX_COMPLIANCE,
  targeting: { skillsLabel: 'Skills', usesKeywords: true, adPreview: 'feed' },
  preview: () => ({ note: 'Sandbox: the objects are simulated; nothing is published or spent.' }),
  createAdapter: (input, deps) => new SandboxAdsAdapter(deps.sandboxStore(input.connection.id)),
};
