import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import type { ApiError } from '../errors';

export type User = Schema<'UserDto'>;

export const userKeys = { all: ['users'] as const };

export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: () => unwrap(api.GET('/api/users')) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation<Schema<'CreatedUserDto'>, ApiError, Schema<'CreateUserDto'>>({
    mutationFn: (body) => unwrap(api.POST('/api/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, { id: string; changes: Schema<'UpdateUserDto'> }>({
    mutationFn: ({ id, changes }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (user) => {
      queryClient.setQueryData<User[]>(userKeys.all, (list) => list?.map((u) => (u.id === user.id ? user : u)));
      return queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
