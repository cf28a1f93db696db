import type { Resolvers } from '../__generated__/resolvers.js';
import { MICROS_PER_UNIT } from '../translate/recordInput.js';

/** Field resolvers of composite types, and of standard-object fields, that derive a value. */
export const compositeResolvers: Resolvers = {
  Attachment: {
    fileUrl: (attachment, _args, { twentyUrl }) => {
      const fullPath = attachment['fullPath'];
      if (typeof fullPath !== 'string' || fullPath === '') {
        return null;
      }
      return /^https?:\/\//i.test(fullPath) ? fullPath : `${twentyUrl.replace(/\/+$/, '')}/files/${fullPath.replace(/^\/+/, '')}`;
    },
  },
  Currency: {
    // Twenty may send micros as a number or as a numeric string (contract open question 5).
    amountMicros: (currency) => toNumberOrNull(currency.amountMicros),
    amount: (currency) => {
      const micros = toNumberOrNull(currency.amountMicros);
      return micros === null ? null : micros / MICROS_PER_UNIT;
    },
  },
};

function toNumberOrNull(value: unknown): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
