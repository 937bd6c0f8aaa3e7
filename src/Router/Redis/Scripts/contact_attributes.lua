-- contact_attributes: replaces a contact's attributes JSON if nobody changed it since the caller read it (the caller
-- merges in .NET, so JSON numbers and empty arrays keep their form).
-- KEYS[1] = {prefix}contact:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] contact id, ARGV[4] attributes JSON the caller read ('' for none),
-- ARGV[5] new attributes JSON, ARGV[6] the changed attribute names as a JSON array (for the event)
-- Returns { 'ok' } | { 'conflict' } (read again and retry) | { 'not_found' } | { 'merged', into } (update that one).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return { 'not_found' }
end
local into = redis.call('HGET', KEYS[1], 'mergedInto')
if into and into ~= '' then
  return { 'merged', into }
end
local current = redis.call('HGET', KEYS[1], 'attributes') or ''
if current ~= ARGV[4] then
  return { 'conflict' }
end
redis.call('HSET', KEYS[1], 'attributes', ARGV[5], 'updatedAt', NOW)
emit('contact.updated', ARGV[3], { changed = cjson.decode(ARGV[6]) })
return { 'ok' }
