// Query keys and mutations shared by screens; every mutation refreshes what shows accounts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { call } from './api';

export const useAccounts = (q: InputOf<'accounts.list'>) =>
  useQuery({ queryKey: ['accounts', 'list', q], queryFn: () => call('accounts.list', q), placeholderData: keepPreviousData });

export const useAccount = (id: string | undefined) =>
  useQuery({ queryKey: ['accounts', 'get', id], queryFn: () => call('accounts.get', { id: id! }), enabled: !!id });

export const useClients = () => useQuery({ queryKey: ['clients'], queryFn: () => call('clients.list', undefined) });

export const useAppInfo = () => useQuery({ queryKey: ['app.info'], queryFn: () => call('app.info', undefined) });

export function useCall<M extends MethodName>(method: M) {
  const qc = useQueryClient();
  return useMutation<OutputOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['accounts'] });
      void qc.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}

export const useOverview = (clientId?: string) =>
  useQuery({ queryKey: ['overview', clientId ?? null], queryFn: () => call('overview.get', clientId ? { client_id: clientId } : {}), placeholderData: keepPreviousData });
