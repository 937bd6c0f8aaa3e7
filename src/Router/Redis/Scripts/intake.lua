-- intake: creates a queued work item; or adds the message to the open item of its conversation; or returns the
-- existing item for a known external id.
-- KEYS[1] = {prefix}ext (the idempotency index; also pins the slot)
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] external id ('' for none), ARGV[5] channel,
-- ARGV[6] queue, ARGV[7] priority, ARGV[8] data JSON (contact, subject, text, attributes, attachments),
-- ARGV[9] why this queue, ARGV[10] '1' when the queue is fifo, ARGV[11] required skills JSON object,
-- ARGV[12] tags JSON array, ARGV[13] the routing rule that matched ('' for the default),
-- ARGV[14] contact id ('' for none), ARGV[15] thread keys JSON [[key, ttl ms (0: while the item is open)] ...],
-- ARGV[16] join keys JSON [key ...], ARGV[17] reply-to JSON ('' for none),
-- ARGV[18] the number k of SLA plan arguments, ARGV[19 .. 18+k] the plan (see sla_apply; k = 0 for none),
-- then the queue's dispatch arguments as dispatch.lua takes them from its ARGV[3] (queue, ttl, max, depth, steps):
-- a new item is offered in the same step when an agent is ready, saving a round trip and a write.
-- Returns { 1, id, offers made, state, agent, offer, sla, frTarget, frDue, resTarget, resDue, history entries ... }
-- when created (what the API answers with, so it need not read the item back), { 0, existing id, 0 } when the
-- external id was known, { 2, item id, 0 } when the message joined that open item.
local item_id, external_id = ARGV[3], ARGV[4]
if external_id ~= '' then
  local existing = redis.call('HGET', KEYS[1], external_id)
  if existing then
    return { 0, existing, 0 }
  end
end

-- Keys that stay findable "while the item is open" still expire, so closed conversations do not pile up forever;
-- joining checks that the item is open anyway.
local OPEN_THREAD_TTL = 90 * 24 * 3600 * 1000
local function register_threads(target)
  for _, pair in ipairs(cjson.decode(ARGV[15])) do
    local ttl = tonumber(pair[2])
    redis.call('SET', key('thread', pair[1]), target, 'PX', ttl > 0 and ttl or OPEN_THREAD_TTL)
  end
end

for _, join_key in ipairs(cjson.decode(ARGV[16])) do
  local target = redis.call('GET', key('thread', join_key))
  if target then
    local state = redis.call('HGET', key('item', target), 'state')
    if state and state ~= 'completed' then
      if external_id ~= '' then
        redis.call('HSET', KEYS[1], external_id, target)
      end
      -- Later messages of the conversation; the first one is the item's own data.
      redis.call('RPUSH', key('item', target, 'messages'), '{"at":' .. NOW .. ',"direction":"in","channel":' ..
        cjson.encode(ARGV[5]) .. ',"externalId":' .. cjson.encode(external_id) .. ',"content":' .. ARGV[8] .. '}')
      if ARGV[17] ~= '' then
        redis.call('HSET', key('item', target), 'replyTo', ARGV[17], 'updatedAt', NOW)
      end
      history(target, 'customer.message', { channel = ARGV[5], externalId = external_id ~= '' and external_id or nil,
        thread = join_key })
      register_threads(target)
      return { 2, target, 0 }
    end
  end
end

if external_id ~= '' then
  redis.call('HSET', KEYS[1], external_id, item_id)
end
local seq = redis.call('INCR', key('seq'))
redis.call('HSET', key('item', item_id),
  'id', item_id, 'externalId', external_id, 'channel', ARGV[5], 'queue', ARGV[6], 'priority', ARGV[7],
  'seq', seq, 'score', queue_score(ARGV[7], seq, ARGV[10]), 'createdAt', NOW, 'enqueuedAt', NOW, 'offers', 0,
  'data', ARGV[8], 'skills', ARGV[11], 'tags', ARGV[12], 'fifo', ARGV[10], 'contact', ARGV[14], 'replyTo', ARGV[17])
register_threads(item_id)
enqueue(item_id)
history(item_id, 'created', { channel = ARGV[5], queue = ARGV[6], priority = tonumber(ARGV[7]), reason = ARGV[9],
  rule = ARGV[13] ~= '' and ARGV[13] or nil })
emit('item.created', item_id, { channel = ARGV[5], externalId = external_id ~= '' and external_id or nil,
  contactId = ARGV[14] ~= '' and ARGV[14] or nil })
emit('item.routed', item_id, { queue = ARGV[6], priority = tonumber(ARGV[7]), reason = ARGV[9],
  rule = ARGV[13] ~= '' and ARGV[13] or nil })
local sla_args = tonumber(ARGV[18])
if sla_args > 0 then
  sla_apply(item_id, ARGV, 19)
end
local made = dispatch_queue(ARGV, 19 + sla_args)
local result = { 1, item_id, made }
for _, value in ipairs(redis.call('HMGET', key('item', item_id), 'state', 'agent', 'offer',
  'sla', 'frTarget', 'frDue', 'resTarget', 'resDue')) do
  table.insert(result, value or '')
end
for _, entry in ipairs(redis.call('LRANGE', key('item', item_id, 'history'), 0, -1)) do
  table.insert(result, entry)
end
return result
