import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../common/roles';
import { OptionalNotNull } from '../common/validation';
import { User } from './user.entity';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'recruiter@example.com' })
  @Transform(lower) @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Rita Recruiter' })
  @IsString() @MinLength(1) @MaxLength(120)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'At least 12 characters; generated and returned once when omitted', format: 'password' })
  @IsOptional() @IsString() @MinLength(12) @MaxLength(200)
  password?: string;
}

/** Absent means "keep"; null is refused (400 naming the field), since none of these may be empty. */
export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: 120 }) @OptionalNotNull() @IsString() @MinLength(1) @MaxLength(120) name?: string;
  @ApiPropertyOptional({ enum: ROLES }) @OptionalNotNull() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ description: 'false deactivates the account and ends its sessions at once' })
  @OptionalNotNull() @IsBoolean() active?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(this: void, u: User): UserDto {
    return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active, lastLoginAt: u.lastLoginAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString() };
  }
}

export class CreatedUserDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
  @ApiPropertyOptional({ description: 'Generated password, shown only this once' }) temporaryPassword?: string;
}
