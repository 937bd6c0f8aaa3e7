-- sla_plan: replaces an open item's SLA plan (after a policy change, or when a customer reply restarts the
-- first-response clock). Steps that fired stay fired, except first-response steps when that clock restarts.
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] '1' to restart the first-response clock, ARGV[5..] the plan
-- (see sla_apply)
-- Returns { 'ok' } | { 'not_found' } | { 'closed' }.
local item_id = ARGV[3]
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return { 'not_found' }
end
if state == 'completed' then
  return { 'closed' }
end
if ARGV[4] == '1' then
  redis.call('HDEL', KEYS[1], 'frStoppedAt', 'frBreached')
  local fired_key = key('item', item_id, 'sla', 'fired')
  for _, fired in ipairs(redis.call('SMEMBERS', fired_key)) do
    if string.sub(fired, 1, 3) == 'fr|' then
      redis.call('SREM', fired_key, fired)
    end
  end
  history(item_id, 'sla.restarted', { target = 'firstResponse', reason = 'customer replied after the agent' })
end
sla_apply(item_id, ARGV, 5)
return { 'ok' }
