import { messages } from '../../errors/messages.js';
import { omiseError } from '../../errors/omise-error.js';
import type { Params } from '../../http/form-params.js';
import { readEventKeys, readHttpUrlField, readList, readNumber, rejectUnknown } from '../read-fields.js';
import {
  FAULT_DEFAULTS,
  FAULT_FIELDS,
  FAULT_NAMES,
  type FaultConfig,
  type FaultName,
  type FaultRule,
} from './fault-config.js';

const COMMON_FIELDS = ['fault', 'keys', 'charge', 'url', 'probability', 'limit'];
const MAX_RULES = 50;

/** `{"seed": 7, "rules": [{"fault": "duplicate", "keys": ["charge.complete"]}]}`; the seed defaults to 0. */
export function readFaultConfig(params: Params): FaultConfig {
  rejectUnknown(params, ['seed', 'rules']);
  const seed = readNumber(params, 'seed', 0, 2 ** 32 - 1) ?? 0;
  const list = readList(params, 'rules') ?? [];
  if (list.length > MAX_RULES)
    throw omiseError('bad_request', messages.numberOutOfRange('rules', 0, MAX_RULES));
  return {
    seed: Math.floor(seed),
    rules: list.map((item, index) => readFaultRule(item, `rules[${index}].`)),
  };
}

/** One rule, as `POST /_sim/webhook_faults` adds it. */
export function readFaultRule(item: unknown, prefix = ''): FaultRule {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw omiseError('bad_request', messages.faultUnknown(FAULT_NAMES));
  }
  const params = item as Params;
  const fault = params.fault as FaultName;
  if (!FAULT_NAMES.includes(fault)) throw omiseError('bad_request', messages.faultUnknown(FAULT_NAMES));
  rejectUnknown(params, [...COMMON_FIELDS, ...FAULT_FIELDS[fault]], prefix);
  const defaults = FAULT_DEFAULTS[fault];
  const charge = params.charge;
  if (charge !== undefined && charge !== null && typeof charge !== 'string') {
    throw omiseError('bad_request', messages.invalidField(`${prefix}charge`));
  }
  const whole = (name: string, min: number, max: number) => {
    const value = readNumber(params, name, min, max, `${prefix}${name}`);
    return value === null ? null : Math.floor(value);
  };
  return {
    fault,
    keys: readEventKeys(params, 'keys', `${prefix}keys`),
    charge: charge ?? null,
    url: readHttpUrlField(params, 'url', `${prefix}url`),
    probability: readNumber(params, 'probability', 0, 1, `${prefix}probability`) ?? 1,
    limit: whole('limit', 0, 1_000_000),
    copies: whole('copies', 1, 10) ?? defaults.copies,
    seconds: readNumber(params, 'seconds', 0, 30 * 86400, `${prefix}seconds`) ?? defaults.seconds,
    attempts: whole('attempts', 1, 100) ?? defaults.attempts,
  };
}
