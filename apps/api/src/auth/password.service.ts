import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

@Injectable()
export class PasswordService {
  private dummy?: Promise<string>;

  /** Verifying unknown accounts against a real hash keeps login timing uniform. */
  dummyHash(): Promise<string> {
    this.dummy ??= this.hash('not-a-real-password');
    return this.dummy;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
