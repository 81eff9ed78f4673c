import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { userKeys } from '../queryKeys';
import { useApiMutation } from './queryHelpers';

export type User = Schema<'UserDto'>;

export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: () => unwrap(api.GET('/api/users')) });
}

export const useCreateUser = () => useApiMutation((body: Schema<'CreateUserDto'>) => unwrap(api.POST('/api/users', { body })), { refresh: userKeys.all });

export const useUpdateUser = () =>
  useApiMutation(
    ({ id, changes }: { id: string; changes: Schema<'UpdateUserDto'> }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes })),
    { replaceIn: userKeys.all, refresh: userKeys.all },
  );
