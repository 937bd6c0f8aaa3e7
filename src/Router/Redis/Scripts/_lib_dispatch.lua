-- Shared dispatch helpers (after _lib.lua), prepended to every script by RouterScripts.

-- The offers this script call made: offer id, then ms since the item's intake for an item's first offer or -1 for a
-- re-offer after a reject or expiry. dispatch.lua returns them for the router.offer spans and router.ingest_to_offer.
local OFFERS_MADE = {}

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

-- The first ready agent among the pool's longest idle that has the item's skills and has not declined it (an item
-- that was never offered has declined nobody: fresh skips that look). A fresh item that needs no skill takes the
-- longest idle agent whoever it is, so only that one is read: the 16-member read was intake's dearest command.
local function pick_agent(ready_key, item_id, skills, fresh)
  local CANDIDATES = (fresh and next(skills) == nil) and 1 or 16
  local declined = key('item', item_id, 'declined')
  local agents = redis.call('ZRANGE', ready_key, 0, CANDIDATES - 1, 'WITHSCORES')
  for i = 1, #agents, 2 do
    if (fresh or redis.call('SISMEMBER', declined, agents[i]) == 0) and has_skills(agents[i], skills) then
      return agents[i], tonumber(agents[i + 1])
    end
  end
  return nil, nil
end

-- Reserves one slot of the agent's capacity for channel and makes the agent the most recently served (idle since
-- now), with one read and one write of the agent's hash. Returns the agent's load before it.
local CHANNEL_INDEX = {}
for i, ch in ipairs(CHANNELS) do
  CHANNEL_INDEX[ch] = i
end
local function agent_took(agent_id, channel)
  local a = key('agent', agent_id)
  local f = redis.call('HMGET', a, unpack(AGENT_FIELDS))
  local load = (tonumber(f[3]) or 0) + 1
  local at = 9 + CHANNEL_INDEX[channel]
  local channel_load = (tonumber(f[at]) or 0) + 1
  f[2], f[3], f[at] = NOW_S, load, channel_load
  redis.call('HSET', a, 'load', int(load), 'load:' .. channel, int(channel_load), 'idleSince', NOW_S)
  place_agent(agent_id, f, true, true)
  return load - 1
end

-- The agent's side of an offer: the offer record and its expiry, the capacity it reserves, the agent's place in the
-- ready sets, the queue's count, the agent's inbox and the event. The item's own fields are the caller's to write.
-- Returns the item's 'offered' history entry.
local function offer_to_agent(queue, ttl, item_id, offer_id, channel, agent_id, idle_since, step, skills)
  local expires_s = int(NOW + ttl) -- whole milliseconds
  local expires = tonumber(expires_s)
  redis.call('HSET', key('offer', offer_id), 'id', offer_id, 'item', item_id, 'agent', agent_id, 'queue', queue,
    'channel', channel, 'createdAt', NOW_S, 'expiresAt', expires_s, 'state', 'pending')
  redis.call('ZADD', key('offers', 'expiry'), expires_s, offer_id)
  local a = key('agent', agent_id)
  redis.call('SADD', key('agent', agent_id, 'offers'), offer_id)
  local load = agent_took(agent_id, channel)
  redis.call('HINCRBY', key('queue', queue, 'stats'), 'offered', '1')
  inbox(agent_id, 'type', 'offer', 'offerId', offer_id, 'itemId', item_id, 'queue', queue, 'channel', channel,
    'expiresAt', expires_s)
  emit('item.offered', item_id, { offerId = offer_id, agentId = agent_id, queue = queue, channel = channel,
    expiresAt = expires })
  local levels = {}
  for skill in pairs(skills) do
    levels[skill] = tonumber(redis.call('HGET', a, 'skill:' .. skill))
  end
  return history_entry('offered', { agent = agent_id, offer = offer_id, queue = queue, expiresAt = expires,
    target = step.index, agents = step.agents,
    reason = 'longest idle agent of target ' .. step.index .. ' with free ' .. channel .. ' capacity',
    idleMs = NOW - idle_since, agentLoad = load, skillLevels = next(levels) and levels or nil })
end

-- Offers a queued item: takes it out of its queue, then offer_to_agent.
local function offer(queue, ttl, item_id, channel, agent_id, idle_since, step, skills)
  local it = key('item', item_id)
  local n = redis.call('HINCRBY', it, 'offers', 1)
  local offer_id = item_id .. '-' .. n
  redis.call('ZREM', key('queue', queue), item_id)
  redis.call('ZREM', key('queue', queue, 'age'), item_id)
  redis.call('HSET', it, 'state', 'offered', 'agent', agent_id, 'offer', offer_id, 'updatedAt', NOW_S)
  local first = redis.call('HSETNX', it, 'firstOfferedAt', NOW_S) == 1
  table.insert(OFFERS_MADE, offer_id)
  table.insert(OFFERS_MADE, first and NOW - tonumber(redis.call('HGET', it, 'createdAt')) or -1)
  redis.call('RPUSH', key('item', item_id, 'history'),
    offer_to_agent(queue, ttl, item_id, offer_id, channel, agent_id, idle_since, step, skills))
end

-- The queue's target steps from the dispatch arguments (see dispatch_queue).
local function dispatch_steps(args, first)
  local steps = {}
  for i = 1, tonumber(args[first + 4]) do
    local base = first + 4 + (i - 1) * 3
    steps[i] = { start = tonumber(args[base + 1]), pool = args[base + 2], agents = args[base + 3], index = i - 1 }
  end
  return steps
end

local function dispatch_queue(args, first)
  local queue, ttl, max_offers, depth = args[first], tonumber(args[first + 1]), tonumber(args[first + 2]), tonumber(args[first + 3])
  local steps = dispatch_steps(args, first)
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
        local agent_id, idle_since = pick_agent(ready_key, item_id, skills, false)
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
