-- contact_merge: merges contact `from` into contact `into`: from's handles now resolve to into, attributes into lacks
-- are copied from from, and from is marked mergedInto. The merge is recorded so it can be undone.
-- KEYS[1] = {prefix}contacts:handles
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] merge id, ARGV[4] into, ARGV[5] from, ARGV[6] reason
-- Returns { 'ok', merge id } | { 'not_found', id } | { 'merged', id (already merged away) } | { 'same' }.
local merge_id, into, from = ARGV[3], ARGV[4], ARGV[5]
if into == from then
  return { 'same' }
end
for _, id in ipairs({ into, from }) do
  if redis.call('EXISTS', key('contact', id)) == 0 then
    return { 'not_found', id }
  end
  local m = redis.call('HGET', key('contact', id), 'mergedInto')
  if m and m ~= '' then
    return { 'merged', id }
  end
end
local moved = {}
for _, handle in ipairs(redis.call('SMEMBERS', key('contact', from, 'handles'))) do
  if redis.call('HGET', KEYS[1], handle) == from then
    redis.call('HSET', KEYS[1], handle, into)
    redis.call('SADD', key('contact', into, 'handles'), handle)
    table.insert(moved, handle)
  end
end
local into_attrs = cjson.decode(redis.call('HGET', key('contact', into), 'attributes') or '{}')
local from_attrs = cjson.decode(redis.call('HGET', key('contact', from), 'attributes') or '{}')
local copied = {}
for name, value in pairs(from_attrs) do
  if into_attrs[name] == nil then
    into_attrs[name] = value
    table.insert(copied, name)
  end
end
redis.call('HSET', key('contact', into), 'attributes', cjson.encode(into_attrs))
redis.call('HSET', key('contact', from), 'mergedInto', into)
redis.call('HSET', key('contact', 'merge', merge_id), 'id', merge_id, 'into', into, 'from', from, 'at', NOW,
  'reason', ARGV[6], 'handles', cjson.encode(moved), 'copied', cjson.encode(copied))
redis.call('RPUSH', key('contact', into, 'merges'), merge_id)
redis.call('RPUSH', key('contact', from, 'merges'), merge_id)
return { 'ok', merge_id }
