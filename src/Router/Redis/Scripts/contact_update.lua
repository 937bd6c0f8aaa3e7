-- contact_update: merges attributes into a contact (a JSON null removes one), following merges to the live contact.
-- KEYS[1] = {prefix}contact:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] contact id, ARGV[4] attributes JSON object
-- Returns { 'ok', live id, attributes JSON } | { 'not_found' }.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return { 'not_found' }
end
local id = contact_live(ARGV[3])
local attrs = cjson.decode(redis.call('HGET', key('contact', id), 'attributes') or '{}')
for name, value in pairs(cjson.decode(ARGV[4])) do
  if value == cjson.null then
    attrs[name] = nil
  else
    attrs[name] = value
  end
end
local encoded = cjson.encode(attrs)
redis.call('HSET', key('contact', id), 'attributes', encoded, 'updatedAt', NOW)
return { 'ok', id, encoded }
