-- reply_end: records what the channel did with a reply: in the conversation, in the history, and — when it went out —
-- as the agent's response for the SLA clock (the first one stops first response).
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] reply id, ARGV[5] outcome JSON (status, providerId, reason),
-- ARGV[6] the conversation entry JSON, ARGV[7] today's date (UTC) for the queue counters, ARGV[8] agent id ('' if none),
-- ARGV[9] a thread key the customer's answer will carry ('' for none), kept as long as intake keeps open threads
-- Returns { 1 when this reply stopped the first-response clock else 0 }.
local item_id = ARGV[3]
local outcome = cjson.decode(ARGV[5])
redis.call('HSET', key('item', item_id, 'replies'), ARGV[4], ARGV[5])
redis.call('RPUSH', key('item', item_id, 'messages'), ARGV[6])
if ARGV[9] ~= '' then
  redis.call('SET', key('thread', ARGV[9]), item_id, 'PX', 90 * 24 * 3600 * 1000)
end
local stopped = false
if outcome.status == 'sent' or outcome.status == 'queued' then
  stopped = sla_stop(item_id, 'fr', ARGV[7])
end
history(item_id, 'agent.replied', { replyId = ARGV[4], status = outcome.status, reason = outcome.reason,
  agent = ARGV[8] ~= '' and ARGV[8] or nil, firstResponse = stopped or nil })
return { stopped and 1 or 0 }
