-- complete: closes a work item and frees the capacity it held; optionally puts the agent in wrap-up.
-- A queued item leaves its queue; an offered item's offer is revoked; an assigned item frees its agent.
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] wrap-up ms (0 for none), ARGV[5] reason,
-- ARGV[6] today's date (UTC) for the SLA counters. Completion stops the resolution clock.
-- Returns { 'ok', agent id or '', the agent's pools (queue.step) ... } | { 'not_found' } | { 'not_open', state }.
local item_id, wrapup_ms = ARGV[3], tonumber(ARGV[4])
local f = redis.call('HMGET', KEYS[1], 'state', 'queue', 'agent', 'offer', 'channel')
if not f[1] then
  return { 'not_found' }
end
local state, queue, agent_id, offer_id, channel = f[1], f[2], f[3], f[4], f[5]
local holder, assigned = release_item(item_id, state, queue, agent_id, offer_id, channel)
if holder == nil then
  return { 'not_open', state }
end
agent_id = assigned and holder or ''
if assigned then
  local a = key('agent', agent_id)
  if wrapup_ms > 0 then
    redis.call('HSET', a, 'status', 'wrap-up', 'statusReason', 'wrap-up after ' .. item_id, 'statusSince', NOW)
    redis.call('ZADD', key('agents', 'wrapup'), NOW + wrapup_ms, agent_id)
    emit('agent.status_changed', agent_id, { status = 'wrap-up', reason = 'wrap-up after ' .. item_id })
  end
end
redis.call('HSET', KEYS[1], 'state', 'completed', 'completedAt', NOW, 'updatedAt', NOW)
-- For the purge once Router:Retention:CompletedItemDays have passed (purge.lua).
redis.call('ZADD', key('items', 'completed'), NOW, item_id)
redis.call('DEL', key('item', item_id, 'declined'))
sla_stop(item_id, 'res', ARGV[6])
sla_withdraw(item_id, nil)
redis.call('SREM', key('sla', 'open'), item_id)
redis.call('ZREM', key('sla', 'next'), item_id)
history(item_id, 'completed', { agent = agent_id, from = state, reason = ARGV[5],
  wrapUpMs = agent_id ~= '' and wrapup_ms or nil })
emit('item.completed', item_id, { agentId = agent_id ~= '' and agent_id or nil, from = state, queue = queue, reason = ARGV[5] })
local result = { 'ok', agent_id }
if agent_id ~= '' then
  for _, q in ipairs(refresh_agent(agent_id, true)) do
    table.insert(result, q)
  end
end
return result
