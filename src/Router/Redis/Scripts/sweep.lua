-- sweep: expires offers past their deadline and ends wrap-up periods that are over.
-- An expired offer returns its item to its queue in its original place and counts as a missed offer; an agent
-- that misses max_missed offers in a row is set away.
-- KEYS[1] = {prefix}offers:expiry
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] max missed offers in a row, ARGV[4] batch size
-- Returns { offers expired, wrap-ups ended, queues or pools (queue.step) that may now be dispatched ... (repeats possible) }.
local max_missed, batch = tonumber(ARGV[3]), tonumber(ARGV[4])
local touched = {}

local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', NOW, 'LIMIT', 0, batch)
for _, offer_id in ipairs(expired) do
  local item_id = redis.call('HGET', key('offer', offer_id), 'item')
  local agent_id, queue, agent_queues = release_offer(offer_id, 'expired', true)
  redis.call('SADD', key('item', item_id, 'declined'), agent_id)
  history(item_id, 'offer.expired', { agent = agent_id, offer = offer_id, queue = queue,
    reason = 'no answer before the offer expired' })
  local a = key('agent', agent_id)
  local missed = redis.call('HINCRBY', a, 'missed', 1)
  if missed >= max_missed and redis.call('HGET', a, 'status') == 'available' then
    redis.call('HSET', a, 'status', 'away', 'statusReason', 'missed ' .. missed .. ' offers in a row',
      'statusSince', NOW)
    inbox(agent_id, 'type', 'status', 'status', 'away', 'reason', 'missed offers')
    emit('agent.status_changed', agent_id, { status = 'away', previous = 'available',
      reason = 'missed ' .. missed .. ' offers in a row' })
  end
  refresh_agent(agent_id, true)
  table.insert(touched, queue)
  for _, q in ipairs(agent_queues) do
    table.insert(touched, q)
  end
end

local wrapup_key = key('agents', 'wrapup')
local done = redis.call('ZRANGEBYSCORE', wrapup_key, '-inf', NOW, 'LIMIT', 0, batch)
for _, agent_id in ipairs(done) do
  redis.call('ZREM', wrapup_key, agent_id)
  local a = key('agent', agent_id)
  if redis.call('HGET', a, 'status') == 'wrap-up' then
    redis.call('HSET', a, 'status', 'available', 'statusReason', 'wrap-up ended', 'statusSince', NOW,
      'idleSince', NOW)
    emit('agent.status_changed', agent_id, { status = 'available', previous = 'wrap-up', reason = 'wrap-up ended' })
    for _, q in ipairs(refresh_agent(agent_id, true)) do
      table.insert(touched, q)
    end
  end
end
table.insert(touched, 1, #done)
table.insert(touched, 1, #expired)
return touched
