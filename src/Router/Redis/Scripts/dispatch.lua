-- dispatch: offers the head items of one queue to the best eligible agents, atomically.
-- For each item, in queue order (priority, then oldest), the agent is the one idle longest among those that may
-- serve the queue, are available, have free capacity for the item's channel and have not declined this item.
-- KEYS[1] = {prefix}queue:{name}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] queue name, ARGV[4] offer ttl ms, ARGV[5] max offers, ARGV[6] scan depth
-- Returns { offers made, items scanned }.
local queue, ttl, max_offers, depth = ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local CANDIDATES = 16

local function pick_agent(ready_key, item_id)
  local declined = key('item', item_id, 'declined')
  local agents = redis.call('ZRANGE', ready_key, 0, CANDIDATES - 1, 'WITHSCORES')
  for i = 1, #agents, 2 do
    if redis.call('SISMEMBER', declined, agents[i]) == 0 then
      return agents[i], tonumber(agents[i + 1])
    end
  end
  return nil, nil
end

local function offer(item_id, channel, agent_id, idle_since)
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
  history(item_id, 'offered', { agent = agent_id, offer = offer_id, queue = queue, expiresAt = expires,
    reason = 'longest idle eligible agent with free ' .. channel .. ' capacity',
    idleMs = NOW - idle_since, agentLoad = load - 1 })
end

local any_ready = false
for _, ch in ipairs(CHANNELS) do
  if redis.call('EXISTS', key('queue', queue, 'ready', ch)) == 1 then
    any_ready = true
    break
  end
end
if not any_ready then
  return { 0, 0 }
end

local made = 0
local items = redis.call('ZRANGE', KEYS[1], 0, depth - 1)
local empty = {}
local empty_count = 0
for _, item_id in ipairs(items) do
  local channel = redis.call('HGET', key('item', item_id), 'channel')
  if not empty[channel] then
    local ready_key = key('queue', queue, 'ready', channel)
    local agent_id, idle_since = pick_agent(ready_key, item_id)
    if agent_id then
      offer(item_id, channel, agent_id, idle_since)
      made = made + 1
      if made >= max_offers then break end
    elseif redis.call('EXISTS', ready_key) == 0 then
      empty[channel] = true
      empty_count = empty_count + 1
      if empty_count == #CHANNELS then break end
    end
  end
end
return { made, #items }
