import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../common/roles';

export class LoginDto {
  @ApiProperty({ example: 'admin@adflux.local' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail() @MaxLength(254)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString() @MinLength(1) @MaxLength(200)
  password: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class SessionDto {
  @ApiProperty({ type: MeDto, nullable: true, description: 'The signed-in user, or null when the request carries no live session' })
  user: MeDto | null;
}
