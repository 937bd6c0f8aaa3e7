-- reply_begin: claims a reply id on an open item before it is sent, so a client retrying the same reply id never
-- sends twice. Returns what the item's reply needs.
-- KEYS[1] = {prefix}item:{id}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] item id, ARGV[4] reply id
-- Returns { 'ok', channel, reply-to JSON } | { 'not_found' } | { 'not_open', state } | { 'known', stored outcome JSON }.
local f = redis.call('HMGET', KEYS[1], 'state', 'channel', 'replyTo')
if not f[1] then
  return { 'not_found' }
end
local replies = key('item', ARGV[3], 'replies')
local known = redis.call('HGET', replies, ARGV[4])
if known then
  return { 'known', known }
end
if f[1] == 'completed' then
  return { 'not_open', f[1] }
end
redis.call('HSET', replies, ARGV[4], cjson.encode({ replyId = ARGV[4], status = 'sending', at = NOW }))
return { 'ok', f[2], f[3] or '' }
