-- sla_reply: an agent replied to the customer: the first-response clock stops (met, unless it was breached).
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] today's date (UTC) for the queue counters
-- Returns { 'ok', 1 when this reply stopped the clock else 0 } | { 'not_found' }.
local item_id = ARGV[3]
if redis.call('EXISTS', KEYS[1]) == 0 then
  return { 'not_found' }
end
local stopped = sla_stop(item_id, 'fr', ARGV[4])
history(item_id, 'agent.replied', { firstResponse = stopped or nil })
return { 'ok', stopped and 1 or 0 }
