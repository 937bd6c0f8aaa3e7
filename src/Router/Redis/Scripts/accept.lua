-- accept: turns a pending offer into an assignment.
-- KEYS[1] = {prefix}offer:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] offer id
-- Returns { 'ok', item id } | { 'not_found' } | { 'not_pending', state } | { 'expired', item id, queue, the agent's pools ... }.
local offer_id = ARGV[3]
local f = redis.call('HMGET', KEYS[1], 'state', 'item', 'agent', 'queue', 'expiresAt')
if not f[1] then
  return { 'not_found' }
end
if f[1] ~= 'pending' then
  return { 'not_pending', f[1] }
end
local item_id, agent_id, queue = f[2], f[3], f[4]
if tonumber(f[5]) <= NOW then
  local _, requeued_to, agent_queues = release_offer(offer_id, 'expired', true)
  redis.call('SADD', key('item', item_id, 'declined'), agent_id)
  history(item_id, 'offer.expired', { agent = agent_id, offer = offer_id, reason = 'accepted after expiry' })
  local result = { 'expired', item_id, requeued_to }
  for _, q in ipairs(agent_queues) do
    table.insert(result, q)
  end
  return result
end
redis.call('HSET', KEYS[1], 'state', 'accepted', 'endedAt', NOW)
redis.call('ZREM', key('offers', 'expiry'), offer_id)
redis.call('SREM', key('agent', agent_id, 'offers'), offer_id)
redis.call('HSET', key('item', item_id), 'state', 'assigned', 'assignedAt', NOW, 'updatedAt', NOW)
redis.call('HSET', key('agent', agent_id), 'missed', 0)
local stats = key('queue', queue, 'stats')
redis.call('HINCRBY', stats, 'offered', -1)
redis.call('HINCRBY', stats, 'assigned', 1)
history(item_id, 'assigned', { agent = agent_id, offer = offer_id, queue = queue })
emit('item.assigned', item_id, { agentId = agent_id, offerId = offer_id, queue = queue })
return { 'ok', item_id }
