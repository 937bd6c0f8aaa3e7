-- agent_upsert: creates or replaces an agent's profile, capacities and the queues it may serve.
-- A new agent starts offline. Load, status and pending offers of an existing agent are kept.
-- KEYS[1] = {prefix}agent:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] agent id, ARGV[4] profile JSON, ARGV[5] max items,
-- ARGV[6..10] capacity for email, sms, chat, fax, api, ARGV[11] number of queues, ARGV[12..] queue names
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

local queues_key = key('agent', agent_id, 'queues')
local wanted = {}
for i = 1, tonumber(ARGV[11]) do
  wanted[ARGV[11 + i]] = true
end
for _, q in ipairs(redis.call('SMEMBERS', queues_key)) do
  if not wanted[q] then
    redis.call('SREM', queues_key, q)
    redis.call('ZREM', key('queue', q, 'avail'), agent_id)
    for _, ch in ipairs(CHANNELS) do
      redis.call('ZREM', key('queue', q, 'ready', ch), agent_id)
    end
  end
end
for q in pairs(wanted) do
  redis.call('SADD', queues_key, q)
end
redis.call('SADD', key('agents'), agent_id)
refresh_agent(agent_id)
return { created }
