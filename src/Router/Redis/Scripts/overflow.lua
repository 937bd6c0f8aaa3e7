-- overflow: moves items that have waited in a queue past its overflow step into the overflow queue. They keep their
-- priority and intake sequence, so they are placed by their original age among the items already there, and their
-- target steps start again from the first in the new queue.
-- KEYS[1] = {prefix}queue:{from}:age
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] from queue, ARGV[4] to queue, ARGV[5] ms in queue after which items move,
-- ARGV[6] '1' when the destination is fifo, ARGV[7] batch size
-- Returns the number of items moved.
local from, to, after, fifo, batch = ARGV[3], ARGV[4], tonumber(ARGV[5]), ARGV[6], tonumber(ARGV[7])
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', NOW - after, 'LIMIT', 0, batch)
for _, item_id in ipairs(due) do
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, 'priority', 'seq')
  redis.call('ZREM', key('queue', from), item_id)
  redis.call('ZREM', KEYS[1], item_id)
  redis.call('HSET', it, 'queue', to, 'enqueuedAt', NOW, 'score', queue_score(f[1], f[2], fifo), 'fifo', fifo)
  enqueue(item_id)
  history(item_id, 'overflowed', { from = from, queue = to,
    reason = 'waited ' .. math.floor(after / 1000) .. ' s in ' .. from .. ' without being taken' })
  emit('item.routed', item_id, { from = from, queue = to, priority = tonumber(f[1]), reason = 'overflow' })
end
return #due
