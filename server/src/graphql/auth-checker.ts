import type { AuthChecker } from 'type-graphql';
import { AppError } from '../common/app-error';
import type { RequestContext } from './request-context';

// Role checks only; ownership is checked in services, where the data is.
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in to do this.');
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  throw new AppError('FORBIDDEN', 'Your account is not allowed to do this.');
};
