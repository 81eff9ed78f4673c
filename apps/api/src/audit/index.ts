/** What other modules may use of audit: AuditService.record (AuditModule is global, so no module imports it). */
export { AuditService, type AuditRecord } from './audit.service';
// Each module that owns an audit target type says what its rows are called (one provider line).
export { auditTargetNamer, AuditTargetNames } from './audit-target-names';
// Code that runs outside Nest (the boot seeds) builds an AuditService over the data source itself.
export { AuditEntry } from './audit-entry.entity';
export { AuditRepository } from './audit.repository';
