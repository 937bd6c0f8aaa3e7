-- reject: the agent declines a pending offer; the item returns to its queue in its original place and is not
-- offered to this agent again.
-- KEYS[1] = {prefix}offer:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] offer id, ARGV[4] reason given by the agent ('' for none)
-- Returns { 'ok', item id, queue, the agent's pools (queue.step) ... } | { 'not_found' } | { 'not_pending', state }.
local offer_id = ARGV[3]
local f = redis.call('HMGET', KEYS[1], 'state', 'item', 'agent')
if not f[1] then
  return { 'not_found' }
end
if f[1] ~= 'pending' then
  return { 'not_pending', f[1] }
end
local agent_id, queue, agent_queues = release_offer(offer_id, 'rejected', true)
redis.call('SADD', key('item', f[2], 'declined'), agent_id)
history(f[2], 'offer.rejected', { agent = agent_id, offer = offer_id, reason = ARGV[4], queue = queue })
local result = { 'ok', f[2], queue }
for _, q in ipairs(agent_queues) do
  table.insert(result, q)
end
return result
