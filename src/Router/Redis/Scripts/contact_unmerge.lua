-- contact_unmerge: undoes a merge: the handles it moved that still resolve to `into` go back to `from`, attributes it
-- copied are removed from `into` unless they were changed since, and `from` stands on its own again.
-- Handles `into` gained after the merge stay with it.
-- KEYS[1] = {prefix}contacts:handles
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] merge id
-- Returns { 'ok', from } | { 'not_found' } | { 'undone' } (already undone).
local m = key('contact', 'merge', ARGV[3])
local f = redis.call('HMGET', m, 'into', 'from', 'handles', 'copied', 'undoneAt')
if not f[1] then
  return { 'not_found' }
end
if f[5] then
  return { 'undone' }
end
local into, from = f[1], f[2]
for _, handle in ipairs(cjson.decode(f[3])) do
  if redis.call('HGET', KEYS[1], handle) == into then
    redis.call('HSET', KEYS[1], handle, from)
    redis.call('SREM', key('contact', into, 'handles'), handle)
  end
end
local into_attrs = cjson.decode(redis.call('HGET', key('contact', into), 'attributes') or '{}')
local from_attrs = cjson.decode(redis.call('HGET', key('contact', from), 'attributes') or '{}')
for _, name in ipairs(cjson.decode(f[4])) do
  if cjson.encode(into_attrs[name]) == cjson.encode(from_attrs[name]) then
    into_attrs[name] = nil
  end
end
redis.call('HSET', key('contact', into), 'attributes', cjson.encode(into_attrs))
redis.call('HDEL', key('contact', from), 'mergedInto')
redis.call('HSET', m, 'undoneAt', NOW)
return { 'ok', from }
