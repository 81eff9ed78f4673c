/** What other modules may use of users: the account entity and UsersService, which auth calls at sign-in. */
export { User } from './user.entity';
export { UsersService } from './users.service';
export { UsersModule } from './users.module';
export { CreateUserDto, UpdateUserDto } from './users.dto';
