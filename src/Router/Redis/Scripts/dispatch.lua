-- dispatch: offers the head items of one queue to the best eligible agents, atomically.
-- An item's target step follows from how long it has been in the queue; the step names the pool of agents that may
-- take it. Among them, the agent is the one idle longest that is available, has free capacity for the item's
-- channel, has the item's required skills, and has not declined this item. Items at an overflow step are left for
-- the sweeper to move.
-- KEYS[1] = {prefix}queue:{name}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] queue name, ARGV[4] offer ttl ms, ARGV[5] max offers, ARGV[6] scan depth,
-- ARGV[7] number of steps n, then n triples: step start (ms in queue), pool name ('' for overflow), agents expression
-- Returns { offers made, items scanned }.
local queue, ttl, max_offers, depth = ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local steps = {}
for i = 1, tonumber(ARGV[7]) do
  local base = 7 + (i - 1) * 3
  steps[i] = { start = tonumber(ARGV[base + 1]), pool = ARGV[base + 2], agents = ARGV[base + 3], index = i - 1 }
end
local CANDIDATES = 16

local function step_for(enqueued_at)
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
  local declined = key('item', item_id, 'declined')
  local agents = redis.call('ZRANGE', ready_key, 0, CANDIDATES - 1, 'WITHSCORES')
  for i = 1, #agents, 2 do
    if redis.call('SISMEMBER', declined, agents[i]) == 0 and has_skills(agents[i], skills) then
      return agents[i], tonumber(agents[i + 1])
    end
  end
  return nil, nil
end

local function offer(item_id, channel, agent_id, idle_since, step, skills)
  local it = key('item', item_id)
  local n = redis.call('HINCRBY', it, 'offers', 1)
  local offer_id = item_id .. '-' .. n
  local expires = NOW + ttl
  redis.call('ZREM', KEYS[1], item_id)
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

local made = 0
local items = redis.call('ZRANGE', KEYS[1], 0, depth - 1)
local empty = {}
for _, item_id in ipairs(items) do
  local f = redis.call('HMGET', key('item', item_id), 'channel', 'enqueuedAt', 'skills')
  local channel = f[1]
  local step = step_for(f[2])
  if step.pool ~= '' then
    local ready_key = key('pool', step.pool, 'ready', channel)
    if not empty[ready_key] then
      local skills = (f[3] and f[3] ~= '') and cjson.decode(f[3]) or {}
      local agent_id, idle_since = pick_agent(ready_key, item_id, skills)
      if agent_id then
        offer(item_id, channel, agent_id, idle_since, step, skills)
        made = made + 1
        if made >= max_offers then break end
      elseif redis.call('EXISTS', ready_key) == 0 then
        empty[ready_key] = true
      end
    end
  end
end
return { made, #items }
