-- agent_status: sets an agent's status. Becoming available restarts its idle time and clears missed offers;
-- going offline revokes its pending offers, whose items return to their queues in their original place.
-- KEYS[1] = {prefix}agent:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] agent id, ARGV[4] status, ARGV[5] reason
-- Returns { 'ok', previous status, queues or pools (queue.step) that may now be dispatched ... } | { 'not_found' }.
local agent_id, status = ARGV[3], ARGV[4]
local previous = redis.call('HGET', KEYS[1], 'status')
if not previous then
  return { 'not_found' }
end
redis.call('HSET', KEYS[1], 'status', status, 'statusReason', ARGV[5], 'statusSince', NOW)
if status == 'available' and previous ~= 'available' then
  redis.call('HSET', KEYS[1], 'idleSince', NOW, 'missed', 0)
end
if status ~= 'wrap-up' then
  redis.call('ZREM', key('agents', 'wrapup'), agent_id)
end
if status ~= previous then
  emit('agent.status_changed', agent_id, { status = status, previous = previous, reason = ARGV[5] })
end
local result = { 'ok', previous }
if status == 'offline' then
  for _, offer_id in ipairs(redis.call('SMEMBERS', key('agent', agent_id, 'offers'))) do
    local item_id = redis.call('HGET', key('offer', offer_id), 'item')
    local _, queue = release_offer(offer_id, 'revoked', true)
    history(item_id, 'offer.revoked', { agent = agent_id, offer = offer_id, queue = queue,
      reason = 'agent went offline' })
    table.insert(result, queue)
  end
end
for _, q in ipairs(refresh_agent(agent_id, true)) do
  table.insert(result, q)
end
return result
