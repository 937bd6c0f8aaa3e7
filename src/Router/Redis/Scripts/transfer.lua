-- transfer: moves an open item to another queue. A queued item changes queue; an offered item's offer is revoked; an
-- assigned item frees its agent's capacity. The item keeps its priority and intake sequence (so it is placed by its
-- original age in the new queue), its target steps start again, and the agent that held it is not offered it again.
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] target queue, ARGV[5] '1' when the target queue is fifo,
-- ARGV[6] reason
-- Returns { 'ok', previous queue, agent id or '', the agent's pools (queue.step) ... } | { 'not_found' } |
-- { 'not_open', state }.
local item_id, target, fifo = ARGV[3], ARGV[4], ARGV[5]
local f = redis.call('HMGET', KEYS[1], 'state', 'queue', 'agent', 'offer', 'channel', 'priority', 'seq')
if not f[1] then
  return { 'not_found' }
end
local state, queue, agent_id, offer_id, channel = f[1], f[2], f[3], f[4], f[5]
agent_id = release_item(item_id, state, queue, agent_id, offer_id, channel)
if agent_id == nil then
  return { 'not_open', state }
end
if agent_id ~= '' then
  redis.call('SADD', key('item', item_id, 'declined'), agent_id)
end
redis.call('HSET', KEYS[1], 'queue', target, 'enqueuedAt', NOW, 'fifo', fifo,
  'score', queue_score(f[6], f[7], fifo), 'stepFloor', '')
enqueue(item_id)
history(item_id, 'transferred', { from = queue, queue = target, state = state,
  agent = agent_id ~= '' and agent_id or nil, reason = ARGV[6] })
emit('item.transferred', item_id, { from = queue, queue = target, previousState = state,
  agentId = agent_id ~= '' and agent_id or nil, reason = ARGV[6] })
local result = { 'ok', queue, agent_id }
if agent_id ~= '' then
  for _, q in ipairs(refresh_agent(agent_id, true)) do
    table.insert(result, q)
  end
end
return result
