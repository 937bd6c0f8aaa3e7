-- purge: deletes completed items whose retention is over, with everything they left in Redis.
-- KEYS[1] = {prefix}items:completed (completed items by completion time, written by complete.lua)
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] cutoff (Unix ms: items completed at or before it go), ARGV[4] batch size
-- Returns the number of items purged (a full batch means there may be more).
-- Gone: the item's hash, history, messages, replies and fired SLA steps, its offers, and its external id (which a new
-- message may then use again). A conversation's thread keys expire on their own; a message that finds one pointing
-- at a purged item starts a new item, as for a completed one.
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[3], 'LIMIT', 0, tonumber(ARGV[4]))
for _, item_id in ipairs(ids) do
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, 'state', 'externalId', 'offers')
  -- Only a completed item goes; an id whose hash is gone already (deleted by hand) just leaves the index.
  if f[1] == 'completed' then
    if f[2] and f[2] ~= '' and redis.call('HGET', key('ext'), f[2]) == item_id then
      redis.call('HDEL', key('ext'), f[2])
    end
    redis.call('UNLINK', it, it .. ':history', it .. ':messages', it .. ':replies', it .. ':declined', it .. ':sla:fired')
    -- Its offers, in chunks: unpack has a limit, and an item offered again and again has many.
    local offers, gone = tonumber(f[3]) or 0, {}
    for n = 1, offers do
      table.insert(gone, key('offer', item_id .. '-' .. n))
      if #gone == 500 or n == offers then
        redis.call('UNLINK', unpack(gone))
        gone = {}
      end
    end
    emit('item.purged', item_id, {})
  end
  redis.call('ZREM', KEYS[1], item_id)
end
return #ids
