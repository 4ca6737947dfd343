import type { Report } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import type { ServiceModel } from './compose-model.js';

/**
 * The report on a Compose service that runs as root (Linux) or an admin-equivalent user (Windows), as
 * the model's `admin` says: at its `user:` when it sets one, else at the service, naming the image's
 * default user and where that is known from (the repo Dockerfile's line as a related location).
 * Undefined when it runs as neither. BH502 and BH601 differ only in messages and severity.
 */
export function composeAdminReport<M extends string>(
  service: ServiceModel,
  messages: { user: M; image: M; imageSeverity?: Severity }
): Report<M> | undefined {
  const { user, admin, properties } = service;
  if (!admin) return undefined;
  if (user)
    return {
      messageId: messages.user,
      data: { service: service.name, user: user.value },
      region: user.node.reportRegion,
      properties
    };
  return {
    messageId: messages.image,
    data: { service: service.name, user: admin.user, reason: admin.reason },
    region: service.region,
    ...(messages.imageSeverity ? { severity: messages.imageSeverity } : {}),
    properties,
    ...(admin.related ? { relatedLocations: [admin.related] } : {})
  };
}
