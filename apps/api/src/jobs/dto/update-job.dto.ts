import { PartialType } from '@nestjs/swagger';
import { CreateJobDto } from './create-job.dto';

/**
 * PATCH: any subset of the create fields. Optional fields accept null (clears them); required
 * ones reject null (skipNullProperties: false). Status is not here: use transitions.
 */
export class UpdateJobDto extends PartialType(CreateJobDto, { skipNullProperties: false }) {}
