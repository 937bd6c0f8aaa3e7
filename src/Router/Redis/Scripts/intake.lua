-- intake: creates a queued work item; or adds the message to the open item of its conversation; or returns the
-- existing item for a known external id.
-- KEYS[1] = {prefix}ext (the idempotency index; also pins the slot)
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] external id ('' for none), ARGV[5] channel,
-- ARGV[6] queue, ARGV[7] priority, ARGV[8] data JSON (contact, subject, text, attributes, attachments),
-- ARGV[9] why this queue, ARGV[10] '1' when the queue is fifo, ARGV[11] required skills JSON object,
-- ARGV[12] tags JSON array, ARGV[13] the routing rule that matched ('' for the default),
-- ARGV[14] contact id ('' for none), ARGV[15] thread keys JSON [[key, ttl ms (0: while the item is open)] ...],
-- ARGV[16] join keys JSON [key ...], ARGV[17] reply-to JSON ('' for none),
-- ARGV[18] the number k of SLA plan arguments, ARGV[19 .. 18+k] the plan (see sla_plan in _lib_sla.lua; k = 0 for none),
-- then the queue's dispatch arguments as dispatch.lua takes them from its ARGV[3] (queue, ttl, max, depth, steps):
-- a new item is offered in the same step when an agent is ready and nothing waits ahead of it, saving a round trip.
-- Returns { 1, id, offers made (0 or 1), state, agent, offer, sla, frTarget, frDue, resTarget, resDue,
-- 1 when the dispatcher should look at the queue (items wait ahead of this one and an agent of its pool is ready)
-- else 0, history entries ... } when created (what the API answers with, so it need not read the item back),
-- { 0, existing id, 0 } when the external id was known, { 2, item id, 0 } when the message joined that open item.
-- A new item is written with one HSET and no enqueue-then-dequeue: intake runs for every message, so each
-- redis.call it saves is throughput (docs/performance.md).
local item_id, external_id = ARGV[3], ARGV[4]
-- Claims the external id for the new item in the same call that checks it (a message that joins a conversation
-- below points it at that item instead).
if external_id ~= '' and redis.call('HSETNX', KEYS[1], external_id, item_id) == 0 then
  return { 0, redis.call('HGET', KEYS[1], external_id), 0 }
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

local channel, queue, fifo = ARGV[5], ARGV[6], ARGV[10]
local seq = redis.call('INCR', key('seq'))
local score = int(queue_score(ARGV[7], seq, fifo))
local sla_args = tonumber(ARGV[18])
local d = 19 + sla_args -- the dispatch arguments
local skills = cjson.decode(ARGV[11])

-- The new item is offered here only when nothing waits ahead of it in its queue: then no older or more urgent item
-- is owed the agent first. Otherwise the dispatcher, which walks the queue in order, hands it out.
local ahead = redis.call('ZCOUNT', key('queue', queue), '-inf', '(' .. score)
local step = step_for(dispatch_steps(ARGV, d), NOW)
local ready_key = step and step.pool ~= '' and key('pool', step.pool, 'ready', channel) or nil
local agent_id, idle_since
if ahead == 0 and ready_key and tonumber(ARGV[d + 2]) > 0 then
  agent_id, idle_since = pick_agent(ready_key, item_id, skills, true)
end
local wake_dispatcher = ahead > 0 and ready_key ~= nil and redis.call('EXISTS', ready_key) == 1

local offer_id = agent_id and (item_id .. '-1') or ''
local fields = {
  'id', item_id, 'externalId', external_id, 'channel', channel, 'queue', queue, 'priority', ARGV[7],
  'seq', int(seq), 'score', score, 'createdAt', NOW_S, 'enqueuedAt', NOW_S, 'updatedAt', NOW_S,
  'data', ARGV[8], 'skills', ARGV[11], 'tags', ARGV[12], 'fifo', fifo, 'contact', ARGV[14], 'replyTo', ARGV[17],
  'state', agent_id and 'offered' or 'queued', 'agent', agent_id or '', 'offer', offer_id, 'offers', agent_id and '1' or '0',
}
if agent_id then
  table.insert(fields, 'firstOfferedAt')
  table.insert(fields, NOW_S)
end
if sla_args > 0 then
  sla_apply_new(item_id, ARGV, 19, fields)
end
redis.call('HSET', key('item', item_id), unpack(fields))
register_threads(item_id)
if not agent_id then
  redis.call('ZADD', key('queue', queue), score, item_id)
  redis.call('ZADD', key('queue', queue, 'age'), NOW_S, item_id)
end

local rule = ARGV[13] ~= '' and ARGV[13] or nil
local entries = { history_entry('created', { channel = channel, queue = queue, priority = tonumber(ARGV[7]),
  reason = ARGV[9], rule = rule }) }
emit('item.created', item_id, { channel = channel, externalId = external_id ~= '' and external_id or nil,
  contactId = ARGV[14] ~= '' and ARGV[14] or nil })
emit('item.routed', item_id, { queue = queue, priority = tonumber(ARGV[7]), reason = ARGV[9], rule = rule })
if agent_id then
  table.insert(entries, offer_to_agent(queue, tonumber(ARGV[d + 1]), item_id, offer_id, channel, agent_id, idle_since,
    step, skills))
end
redis.call('RPUSH', key('item', item_id, 'history'), unpack(entries))

-- The plan's policy, then target and due of each clock ('' for a clock the plan does not run), as sla_apply stores them.
local function sla_field(i)
  return sla_args > 0 and ARGV[19 + i] or ''
end
local function clock(i)
  local target = sla_field(i)
  return target, target ~= '' and sla_field(i + 1) or ''
end
local fr_target, fr_due = clock(1)
local res_target, res_due = clock(4)
local result = { 1, item_id, agent_id and 1 or 0, agent_id and 'offered' or 'queued', agent_id or '', offer_id,
  sla_field(0), fr_target, fr_due, res_target, res_due, wake_dispatcher and 1 or 0 }
for _, entry in ipairs(entries) do
  table.insert(result, entry)
end
return result
