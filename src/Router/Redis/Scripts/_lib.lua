-- Shared helpers, prepended (with _lib_*.lua after it) to every script by RouterScripts. Not a script of its own.
-- Every script takes ARGV[1] = key prefix "router:{ws}:" (one hash tag per workspace, so all keys share a slot)
-- and ARGV[2] = now, Unix time in milliseconds (fractions allowed), from the router's TimeProvider.
local P = ARGV[1]
local NOW = tonumber(ARGV[2])
-- Numbers given to redis.call are formatted with printf's %.17g, some 3,000 instructions each; an intake passed
-- about 25 of them, 14 % of its time in Redis (callgrind). Hot paths pass strings: now as it came, integers through
-- int(), whose %d is a fraction of that.
local NOW_S = ARGV[2]
local function int(n)
  return string.format('%d', n)
end
local CHANNELS = { 'email', 'sms', 'chat', 'fax', 'api' }
-- Queue score: higher priority first (priority 0..1000), then the intake sequence (older first).
local SEQ_SPAN = 1099511627776 -- 2^40

-- A Lua list as a JSON array: cjson writes an empty table as {}, which would not read back as a list elsewhere.
local function json_array(list)
  return #list > 0 and cjson.encode(list) or '[]'
end

local function key(...)
  return P .. table.concat({ ... }, ':')
end

-- fifo queues ignore priority: oldest first.
local function queue_score(priority, seq, fifo)
  if fifo == '1' then
    return tonumber(seq)
  end
  return (1000 - tonumber(priority)) * SEQ_SPAN + tonumber(seq)
end

-- A history entry as stored: JSON with the time and the kind of what happened.
local function history_entry(kind, fields)
  fields = fields or {}
  fields.at = NOW
  fields.type = kind
  return cjson.encode(fields)
end

local function history(item_id, kind, fields)
  redis.call('RPUSH', key('item', item_id, 'history'), history_entry(kind, fields))
end

-- Outbox: an event for other systems (the bus publisher sends them in stream order, so per item in order), written
-- in the same script as the state change it reports. Only while router:{ws}:outbox:on exists (set by a router whose
-- bus publishes events), so a workspace without a bus keeps no outbox. Not capped here: the publisher trims what the
-- broker accepted, and /health shows the lag. data: a table, encoded as the event's JSON data (fields named *At are
-- Unix ms, turned into ISO-8601 by the publisher).
-- Whether the outbox is on is read once per script call: no script switches it, and intake emits three events.
local OUTBOX_ON = nil
local function emit(kind, subject, data)
  if OUTBOX_ON == nil then
    OUTBOX_ON = redis.call('EXISTS', key('outbox', 'on')) == 1
  end
  if OUTBOX_ON then
    redis.call('XADD', key('outbox'), '*', 'type', kind, 'subject', subject, 'at', NOW, 'data', cjson.encode(data or {}))
  end
end

local function inbox(agent_id, ...)
  redis.call('XADD', key('agent', agent_id, 'inbox'), 'MAXLEN', '~', '1000', '*', ...)
end

-- Recomputes the agent's membership of the ready sets of every pool it belongs to. A pool is one target step of
-- one queue ("billing.0"); the agent's pools are derived from the routing rules by the router, and kept both as the
-- set agent:A:pools and, for this function's one read, as the JSON field 'pools' of the agent's hash.
--   pool:P:avail      agents with status available (only its members are used, to count them; the score is the
--                     idle time at the last status change or freed capacity)
--   pool:P:ready:CH   available agents with free total capacity and free capacity for channel CH (score: idle since,
--                     the longest idle is offered first)
-- capable_only: skip the channels the agent has no capacity for. Only capacity changes (agent_upsert, which refreshes
-- in full) can put an agent in or take it out of those, so after a load or status change they need no look; this
-- keeps an offer from touching five ready sets per pool when the agent serves one channel.
-- ready_only: leave the avail sets alone, for a change of load, which cannot change the status.
-- place_agent does the work from the agent's fields as AGENT_FIELDS reads them (f), for callers that read them already.
-- Returns the agent's pools.
local AGENT_FIELDS = { 'status', 'idleSince', 'load', 'maxItems',
  'cap:email', 'cap:sms', 'cap:chat', 'cap:fax', 'cap:api',
  'load:email', 'load:sms', 'load:chat', 'load:fax', 'load:api', 'pools' }
local function place_agent(agent_id, f, capable_only, ready_only)
  local available = f[1] == 'available'
  local idle = f[2] or NOW_S
  local has_room = (tonumber(f[3]) or 0) < (tonumber(f[4]) or 0)
  local pools = f[15] and cjson.decode(f[15]) or redis.call('SMEMBERS', key('agent', agent_id, 'pools'))
  for _, p in ipairs(pools) do
    if ready_only then
      -- the status, and so the avail set, is as it was
    elseif available then
      redis.call('ZADD', key('pool', p, 'avail'), idle, agent_id)
    else
      redis.call('ZREM', key('pool', p, 'avail'), agent_id)
    end
    for i, ch in ipairs(CHANNELS) do
      local cap = tonumber(f[4 + i]) or 0
      if not capable_only or cap > 0 then
        local ready_key = key('pool', p, 'ready', ch)
        if available and has_room and (tonumber(f[9 + i]) or 0) < cap then
          redis.call('ZADD', ready_key, idle, agent_id)
        else
          redis.call('ZREM', ready_key, agent_id)
        end
      end
    end
  end
  return pools
end

local function refresh_agent(agent_id, capable_only)
  return place_agent(agent_id, redis.call('HMGET', key('agent', agent_id), unpack(AGENT_FIELDS)), capable_only, false)
end

-- Puts an item (back) in its queue at the place its stored score gives it.
local function enqueue(item_id)
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, 'queue', 'score', 'enqueuedAt')
  redis.call('HSET', it, 'state', 'queued', 'agent', '', 'offer', '', 'updatedAt', NOW)
  redis.call('ZADD', key('queue', f[1]), f[2], item_id)
  redis.call('ZADD', key('queue', f[1], 'age'), f[3], item_id)
  return f[1]
end

-- Ends a pending offer: frees the capacity it reserved and puts its item back in its queue, in its old place.
-- outcome: rejected | expired | revoked. Returns the offer's agent id, the item's queue and the agent's pools.
local function release_offer(offer_id, outcome, requeue)
  local o = key('offer', offer_id)
  local f = redis.call('HMGET', o, 'item', 'agent', 'channel', 'queue')
  local item_id, agent_id, channel = f[1], f[2], f[3]
  redis.call('HSET', o, 'state', outcome, 'endedAt', NOW)
  redis.call('ZREM', key('offers', 'expiry'), offer_id)
  redis.call('SREM', key('agent', agent_id, 'offers'), offer_id)
  local a = key('agent', agent_id)
  redis.call('HINCRBY', a, 'load', -1)
  redis.call('HINCRBY', a, 'load:' .. channel, -1)
  redis.call('HINCRBY', key('queue', f[4], 'stats'), 'offered', -1)
  local queue = f[4]
  if requeue then
    queue = enqueue(item_id)
  end
  inbox(agent_id, 'type', 'offer.' .. outcome, 'offerId', offer_id, 'itemId', item_id)
  if requeue then
    emit('item.requeued', item_id, { offerId = offer_id, agentId = agent_id, queue = queue, reason = 'offer.' .. outcome })
  end
  return agent_id, queue, refresh_agent(agent_id, true)
end

-- Lets go of what an open item holds before it moves or closes: a queued item leaves its queue, an offered item's
-- offer is revoked (its agent gets the capacity back), an assigned item frees its agent's capacity.
-- Returns the agent it was offered or assigned to ('' when queued) and whether it was assigned; nil when not open.
local function release_item(item_id, state, queue, agent_id, offer_id, channel)
  if state == 'queued' then
    redis.call('ZREM', key('queue', queue), item_id)
    redis.call('ZREM', key('queue', queue, 'age'), item_id)
    return '', false
  elseif state == 'offered' then
    return (release_offer(offer_id, 'revoked', false)), false
  elseif state == 'assigned' then
    local a = key('agent', agent_id)
    redis.call('HINCRBY', a, 'load', -1)
    redis.call('HINCRBY', a, 'load:' .. channel, -1)
    redis.call('HINCRBY', key('queue', queue, 'stats'), 'assigned', -1)
    return agent_id, true
  end
  return nil
end
