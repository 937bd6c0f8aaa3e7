-- agent_upsert: creates or replaces an agent's profile, capacities, skills and the pools it belongs to.
-- A new agent starts offline. Load, status and pending offers of an existing agent are kept.
-- KEYS[1] = {prefix}agent:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] agent id, ARGV[4] profile JSON, ARGV[5] max items,
-- ARGV[6..10] capacity for email, sms, chat, fax, api, ARGV[11] number of pools p, ARGV[12 .. 11+p] pool names,
-- then skill name / level pairs
-- Returns { 1 } when created, { 0 } when updated.
local agent_id = ARGV[3]
local created = 0
if redis.call('EXISTS', KEYS[1]) == 0 then
  created = 1
  redis.call('HSET', KEYS[1], 'id', agent_id, 'status', 'offline', 'statusReason', 'new agent', 'statusSince', NOW,
    'idleSince', NOW, 'load', 0, 'missed', 0,
    'load:email', 0, 'load:sms', 0, 'load:chat', 0, 'load:fax', 0, 'load:api', 0)
end
redis.call('HSET', KEYS[1], 'profile', ARGV[4], 'maxItems', ARGV[5], 'updatedAt', NOW,
  'cap:email', ARGV[6], 'cap:sms', ARGV[7], 'cap:chat', ARGV[8], 'cap:fax', ARGV[9], 'cap:api', ARGV[10])

for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(field, 1, 6) == 'skill:' then
    redis.call('HDEL', KEYS[1], field)
  end
end
local pool_count = tonumber(ARGV[11])
for i = 12 + pool_count, #ARGV, 2 do
  redis.call('HSET', KEYS[1], 'skill:' .. ARGV[i], ARGV[i + 1])
end

local pools_key = key('agent', agent_id, 'pools')
local wanted = {}
for i = 1, pool_count do
  wanted[ARGV[11 + i]] = true
end
for _, p in ipairs(redis.call('SMEMBERS', pools_key)) do
  if not wanted[p] then
    redis.call('SREM', pools_key, p)
    redis.call('ZREM', key('pool', p, 'avail'), agent_id)
    for _, ch in ipairs(CHANNELS) do
      redis.call('ZREM', key('pool', p, 'ready', ch), agent_id)
    end
  end
end
local pools = {}
for p in pairs(wanted) do
  redis.call('SADD', pools_key, p)
  table.insert(pools, p)
end
redis.call('HSET', KEYS[1], 'pools', json_array(pools))
redis.call('SADD', key('agents'), agent_id)
refresh_agent(agent_id)
return { created }
