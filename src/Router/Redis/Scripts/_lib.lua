-- Shared helpers, prepended to every script by RouterScripts. Not a script of its own.
-- Every script takes ARGV[1] = key prefix "router:{ws}:" (one hash tag per workspace, so all keys share a slot)
-- and ARGV[2] = now, Unix time in milliseconds (fractions allowed), from the router's TimeProvider.
local P = ARGV[1]
local NOW = tonumber(ARGV[2])
local CHANNELS = { 'email', 'sms', 'chat', 'fax', 'api' }
-- Queue score: higher priority first (priority 0..1000), then the intake sequence (older first).
local SEQ_SPAN = 1099511627776 -- 2^40

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

local function history(item_id, kind, fields)
  fields = fields or {}
  fields.at = NOW
  fields.type = kind
  redis.call('RPUSH', key('item', item_id, 'history'), cjson.encode(fields))
end

local function inbox(agent_id, ...)
  redis.call('XADD', key('agent', agent_id, 'inbox'), 'MAXLEN', '~', 1000, '*', ...)
end

-- Recomputes the agent's membership of the ready sets of every pool it belongs to. A pool is one target step of
-- one queue ("billing.0"); the agent's pools are derived from the routing rules by the router.
--   pool:P:avail      agents with status available (score: idle since)
--   pool:P:ready:CH   available agents with free total capacity and free capacity for channel CH
-- Returns the agent's pools.
local function refresh_agent(agent_id)
  local a = key('agent', agent_id)
  local f = redis.call('HMGET', a, 'status', 'idleSince', 'load', 'maxItems',
    'cap:email', 'cap:sms', 'cap:chat', 'cap:fax', 'cap:api',
    'load:email', 'load:sms', 'load:chat', 'load:fax', 'load:api')
  local available = f[1] == 'available'
  local idle = tonumber(f[2]) or NOW
  local has_room = (tonumber(f[3]) or 0) < (tonumber(f[4]) or 0)
  local pools = redis.call('SMEMBERS', key('agent', agent_id, 'pools'))
  for _, p in ipairs(pools) do
    if available then
      redis.call('ZADD', key('pool', p, 'avail'), idle, agent_id)
    else
      redis.call('ZREM', key('pool', p, 'avail'), agent_id)
    end
    for i, ch in ipairs(CHANNELS) do
      local ready_key = key('pool', p, 'ready', ch)
      if available and has_room and (tonumber(f[9 + i]) or 0) < (tonumber(f[4 + i]) or 0) then
        redis.call('ZADD', ready_key, idle, agent_id)
      else
        redis.call('ZREM', ready_key, agent_id)
      end
    end
  end
  return pools
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
  return agent_id, queue, refresh_agent(agent_id)
end

-- Dispatch: offers the head items of one queue to the best eligible agents. An item's target step follows from
-- how long it has been in the queue; the step names the pool of agents that may take it. Among them, the agent is
-- the one idle longest that is available, has free capacity for the item's channel, has the item's required
-- skills, and has not declined this item. Items at an overflow step are left for the sweeper to move.
-- args: the ARGV slice { queue, ttl ms, max offers, scan depth, n steps, (start ms, pool or '', agents text) * n }.
-- Returns the number of offers made.
local function step_for(steps, enqueued_at)
  local age = NOW - tonumber(enqueued_at)
  local current = steps[1]
  for _, step in ipairs(steps) do
    if age >= step.start then current = step end
  end
  return current
end

local function has_skills(agent_id, skills)
  for skill, level in pairs(skills) do
    if (tonumber(redis.call('HGET', key('agent', agent_id), 'skill:' .. skill)) or -1) < level then
      return false
    end
  end
  return true
end

local function pick_agent(ready_key, item_id, skills)
  local CANDIDATES = 16
  local declined = key('item', item_id, 'declined')
  local agents = redis.call('ZRANGE', ready_key, 0, CANDIDATES - 1, 'WITHSCORES')
  for i = 1, #agents, 2 do
    if redis.call('SISMEMBER', declined, agents[i]) == 0 and has_skills(agents[i], skills) then
      return agents[i], tonumber(agents[i + 1])
    end
  end
  return nil, nil
end

local function offer(queue, ttl, item_id, channel, agent_id, idle_since, step, skills)
  local it = key('item', item_id)
  local n = redis.call('HINCRBY', it, 'offers', 1)
  local offer_id = item_id .. '-' .. n
  local expires = NOW + ttl
  redis.call('ZREM', key('queue', queue), item_id)
  redis.call('ZREM', key('queue', queue, 'age'), item_id)
  redis.call('HSET', it, 'state', 'offered', 'agent', agent_id, 'offer', offer_id, 'updatedAt', NOW)
  redis.call('HSETNX', it, 'firstOfferedAt', NOW)
  redis.call('HSET', key('offer', offer_id), 'id', offer_id, 'item', item_id, 'agent', agent_id, 'queue', queue,
    'channel', channel, 'createdAt', NOW, 'expiresAt', expires, 'state', 'pending')
  redis.call('ZADD', key('offers', 'expiry'), expires, offer_id)
  local a = key('agent', agent_id)
  redis.call('SADD', key('agent', agent_id, 'offers'), offer_id)
  local load = redis.call('HINCRBY', a, 'load', 1)
  redis.call('HINCRBY', a, 'load:' .. channel, 1)
  redis.call('HSET', a, 'idleSince', NOW)
  refresh_agent(agent_id)
  redis.call('HINCRBY', key('queue', queue, 'stats'), 'offered', 1)
  inbox(agent_id, 'type', 'offer', 'offerId', offer_id, 'itemId', item_id, 'queue', queue, 'channel', channel,
    'expiresAt', expires)
  local levels = {}
  for skill in pairs(skills) do
    levels[skill] = tonumber(redis.call('HGET', a, 'skill:' .. skill))
  end
  history(item_id, 'offered', { agent = agent_id, offer = offer_id, queue = queue, expiresAt = expires,
    target = step.index, agents = step.agents,
    reason = 'longest idle agent of target ' .. step.index .. ' with free ' .. channel .. ' capacity',
    idleMs = NOW - idle_since, agentLoad = load - 1, skillLevels = next(levels) and levels or nil })
end

local function dispatch_queue(args, first)
  local queue, ttl, max_offers, depth = args[first], tonumber(args[first + 1]), tonumber(args[first + 2]), tonumber(args[first + 3])
  local steps = {}
  for i = 1, tonumber(args[first + 4]) do
    local base = first + 4 + (i - 1) * 3
    steps[i] = { start = tonumber(args[base + 1]), pool = args[base + 2], agents = args[base + 3], index = i - 1 }
  end
  if max_offers <= 0 then
    return 0
  end
  -- Cheap way out when no pool of the queue has anybody ready: a long backlog then costs nothing to look at.
  local anyone = false
  for _, step in ipairs(steps) do
    for _, ch in ipairs(CHANNELS) do
      if step.pool ~= '' and redis.call('EXISTS', key('pool', step.pool, 'ready', ch)) == 1 then
        anyone = true
        break
      end
    end
    if anyone then break end
  end
  if not anyone then
    return 0
  end

  local made = 0
  local items = redis.call('ZRANGE', key('queue', queue), 0, depth - 1)
  local empty = {}
  for _, item_id in ipairs(items) do
    local f = redis.call('HMGET', key('item', item_id), 'channel', 'enqueuedAt', 'skills', 'stepFloor')
    local channel = f[1]
    local step = step_for(steps, f[2])
    local floor = tonumber(f[4])
    if floor and floor > step.index and steps[floor + 1] then
      step = steps[floor + 1]
    end
    if step.pool ~= '' then
      local ready_key = key('pool', step.pool, 'ready', channel)
      if not empty[ready_key] then
        local skills = (f[3] and f[3] ~= '') and cjson.decode(f[3]) or {}
        local agent_id, idle_since = pick_agent(ready_key, item_id, skills)
        if agent_id then
          offer(queue, ttl, item_id, channel, agent_id, idle_since, step, skills)
          made = made + 1
          if made >= max_offers then break end
        elseif redis.call('EXISTS', ready_key) == 0 then
          empty[ready_key] = true
        end
      end
    end
  end
  return made
end

-- SLA clocks. Due escalation steps and breaches live in one sorted set, key sla:due, by fire time; a member is
-- "item|fr|step" or "item|res|step" (a step of the first-response or resolution clock) or "item|fr|!" / "item|res|!"
-- (the breach itself). Whoever removes a member with ZREM fires it, so a step fires once whatever the instances.
--   item:I:sla:due    the item's members of sla:due, to withdraw them on re-plan or when a clock stops
--   item:I:sla:steps  member -> JSON { action, a1, a2 } of each planned step
--   item:I:sla:fired  "fr|step" / "res|step" of steps that fired: never again, even after a re-plan
--   sla:next          open items by their next due time (first response, else resolution), for "at risk"
local function sla_withdraw(item_id, target)
  local due_key = key('item', item_id, 'sla', 'due')
  for _, member in ipairs(redis.call('SMEMBERS', due_key)) do
    if target == nil or string.find(member, '|' .. target .. '|', 1, true) then
      redis.call('ZREM', key('sla', 'due'), member)
      redis.call('SREM', due_key, member)
    end
  end
end

local function sla_next(item_id)
  local f = redis.call('HMGET', key('item', item_id), 'frDue', 'frStoppedAt', 'frBreached', 'resDue', 'resStoppedAt', 'resBreached')
  local next_due = nil
  if f[1] and f[1] ~= '' and not f[2] and not f[3] then
    next_due = tonumber(f[1])
  elseif f[4] and f[4] ~= '' and not f[5] and not f[6] then
    next_due = tonumber(f[4])
  end
  if next_due then
    redis.call('ZADD', key('sla', 'next'), next_due, item_id)
  else
    redis.call('ZREM', key('sla', 'next'), item_id)
  end
end

-- Applies a plan made by the router (SlaArguments): args[first ..] = policy, then for fr and res each
-- (target ms or '', due ms, elapsed ms), then n and n × (target 'fr'|'res', step id, fire ms, action, a1, a2).
local function sla_apply(item_id, args, first)
  local it = key('item', item_id)
  sla_withdraw(item_id, nil)
  redis.call('HSET', it, 'sla', args[first])
  local due_key, steps_key = key('item', item_id, 'sla', 'due'), key('item', item_id, 'sla', 'steps')
  local fired_key = key('item', item_id, 'sla', 'fired')
  local function add(member, at)
    redis.call('ZADD', key('sla', 'due'), at, member)
    redis.call('SADD', due_key, member)
  end
  for i, target in ipairs({ 'fr', 'res' }) do
    local base = first + 1 + (i - 1) * 3
    if args[base] ~= '' then
      redis.call('HSET', it, target .. 'Target', args[base], target .. 'Due', args[base + 1],
        target .. 'Elapsed', args[base + 2], target .. 'Since', NOW)
      if not redis.call('HGET', it, target .. 'Breached') then
        add(item_id .. '|' .. target .. '|!', tonumber(args[base + 1]))
      end
    end
  end
  redis.call('DEL', steps_key)
  local n = tonumber(args[first + 7])
  for i = 1, n do
    local b = first + 8 + (i - 1) * 6
    local fired = args[b] .. '|' .. args[b + 1]
    if redis.call('SISMEMBER', fired_key, fired) == 0 then
      local member = item_id .. '|' .. fired
      redis.call('HSET', steps_key, member, cjson.encode({ action = args[b + 3], a1 = args[b + 4], a2 = args[b + 5] }))
      add(member, tonumber(args[b + 2]))
    end
  end
  redis.call('SADD', key('sla', 'open'), item_id)
  sla_next(item_id)
end

-- Stops a clock ('fr' at the first agent reply, 'res' at completion) and counts it met or breached for today.
local function sla_stop(item_id, target, day)
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, target .. 'Target', target .. 'StoppedAt', target .. 'Breached', target .. 'Due', 'queue')
  if not f[1] or f[1] == '' or f[2] then
    return false
  end
  redis.call('HSET', it, target .. 'StoppedAt', NOW)
  sla_withdraw(item_id, target)
  if not f[3] then
    redis.call('HINCRBY', key('queue', f[5], 'sla', day), target .. 'Met', 1)
  end
  if target == 'res' then
    sla_withdraw(item_id, nil)
    redis.call('SREM', key('sla', 'open'), item_id)
  end
  sla_next(item_id)
  return true
end
