import { expect, test } from 'vitest';
import type { EventRecord } from '../../domain/records.js';
import { NO_PLAN } from '../faults/plan-faults.js';
import type { Delivery } from './delivery.js';
import { DeliveryLanes } from './delivery-lanes.js';

function delivery(name: string, held = false, group = 'url\nchrg'): Delivery {
  const event = { id: name } as EventRecord;
  return {
    number: 0,
    event,
    url: 'url',
    secret: null,
    payload: '',
    kind: 'event',
    plan: NO_PLAN,
    group,
    firstDueAt: 0,
    held,
    holdUntil: null,
    state: 'queued',
    attempts: 0,
    nextAt: null,
    cancelScheduled: null,
  };
}

const names = (deliveries: readonly Delivery[]) => deliveries.map((d) => d.event.id);
const start = (deliveries: Delivery[]) => {
  for (const d of deliveries) d.state = 'due';
  return names(deliveries);
};

test('per_charge: only the head of a group goes; the next goes when it finishes', () => {
  const lanes = new DeliveryLanes();
  const [a, b] = [delivery('a'), delivery('b')];
  expect(start(lanes.add(a, 'per_charge'))).toEqual(['a']);
  expect(start(lanes.add(b, 'per_charge'))).toEqual([]);
  expect(start(lanes.finish(a, 'per_charge'))).toEqual(['b']);
});

test('per_charge: groups do not wait for each other', () => {
  const lanes = new DeliveryLanes();
  expect(start(lanes.add(delivery('a'), 'per_charge'))).toEqual(['a']);
  expect(start(lanes.add(delivery('b', false, 'url\nother'), 'per_charge'))).toEqual(['b']);
});

test('per_charge: the next delivery overtakes a held one, which then follows it', () => {
  const lanes = new DeliveryLanes();
  const [held, next] = [delivery('held', true), delivery('next')];
  expect(start(lanes.add(held, 'per_charge'))).toEqual([]);
  expect(held.state).toBe('held');
  expect(start(lanes.add(next, 'per_charge'))).toEqual(['next']);
  expect(held).toMatchObject({ held: false, state: 'queued' });
  expect(start(lanes.finish(next, 'per_charge'))).toEqual(['held']);
});

test('a hold that runs out lets the delivery go', () => {
  const lanes = new DeliveryLanes();
  const held = delivery('held', true);
  lanes.add(held, 'per_charge');
  expect(start(lanes.release(held, 'per_charge'))).toEqual(['held']);
  expect(lanes.release(held, 'per_charge')).toEqual([]);
});

test('none: everything goes at once, and an overtaken hold goes right after the one that overtook it', () => {
  const lanes = new DeliveryLanes();
  const [held, a, b] = [delivery('held', true), delivery('a'), delivery('b')];
  expect(start(lanes.add(held, 'none'))).toEqual([]);
  expect(start(lanes.add(a, 'none'))).toEqual(['a', 'held']);
  expect(start(lanes.add(b, 'none'))).toEqual(['b']);
});
