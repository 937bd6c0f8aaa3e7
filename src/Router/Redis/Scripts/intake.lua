-- intake: creates a queued work item, or returns the existing one for a known external id.
-- KEYS[1] = {prefix}ext (the idempotency index; also pins the slot)
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] external id ('' for none), ARGV[5] channel,
-- ARGV[6] queue, ARGV[7] priority, ARGV[8] data JSON (contact, subject, text, attributes), ARGV[9] why this queue,
-- ARGV[10] '1' when the queue is fifo, ARGV[11] required skills JSON object, ARGV[12] tags JSON array,
-- ARGV[13] the routing rule that matched ('' for the default),
-- ARGV[14] the number k of SLA plan arguments, ARGV[15 .. 14+k] the plan (see sla_apply; k = 0 for none),
-- then the queue's dispatch arguments as dispatch.lua takes them from its ARGV[3] (queue, ttl, max, depth, steps):
-- a new item is offered in the same step when an agent is ready, saving a round trip and a write.
-- Returns { 1, id, offers made, state, agent, offer, sla, frTarget, frDue, resTarget, resDue, history entries ... }
-- when created (what the API answers with, so it need not read the item back), { 0, existing id, 0 } when the
-- external id was known.
local item_id, external_id = ARGV[3], ARGV[4]
if external_id ~= '' then
  local existing = redis.call('HGET', KEYS[1], external_id)
  if existing then
    return { 0, existing, 0 }
  end
  redis.call('HSET', KEYS[1], external_id, item_id)
end
local seq = redis.call('INCR', key('seq'))
redis.call('HSET', key('item', item_id),
  'id', item_id, 'externalId', external_id, 'channel', ARGV[5], 'queue', ARGV[6], 'priority', ARGV[7],
  'seq', seq, 'score', queue_score(ARGV[7], seq, ARGV[10]), 'createdAt', NOW, 'enqueuedAt', NOW, 'offers', 0,
  'data', ARGV[8], 'skills', ARGV[11], 'tags', ARGV[12], 'fifo', ARGV[10])
enqueue(item_id)
history(item_id, 'created', { channel = ARGV[5], queue = ARGV[6], priority = tonumber(ARGV[7]), reason = ARGV[9],
  rule = ARGV[13] ~= '' and ARGV[13] or nil })
emit('item.created', item_id, { channel = ARGV[5], externalId = external_id ~= '' and external_id or nil })
emit('item.routed', item_id, { queue = ARGV[6], priority = tonumber(ARGV[7]), reason = ARGV[9],
  rule = ARGV[13] ~= '' and ARGV[13] or nil })
local sla_args = tonumber(ARGV[14])
if sla_args > 0 then
  sla_apply(item_id, ARGV, 15)
end
local made = dispatch_queue(ARGV, 15 + sla_args)
local result = { 1, item_id, made }
for _, value in ipairs(redis.call('HMGET', key('item', item_id), 'state', 'agent', 'offer',
  'sla', 'frTarget', 'frDue', 'resTarget', 'resDue')) do
  table.insert(result, value or '')
end
for _, entry in ipairs(redis.call('LRANGE', key('item', item_id, 'history'), 0, -1)) do
  table.insert(result, entry)
end
return result
