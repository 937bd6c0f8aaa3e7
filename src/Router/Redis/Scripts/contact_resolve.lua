-- contact_resolve: finds the contact a message's handles belong to, creating one if none is known, and links the
-- handles not yet linked. The first known handle wins: two handles that point at two different contacts are left
-- as they are, since joining people is a decision (POST /v1/contacts/{id}/merge), not a guess.
-- KEYS[1] = {prefix}contacts:handles
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] id for a new contact, ARGV[4..] handles "kind:value"
-- Returns { contact id, 1 when created else 0 }.
local found
local unlinked = {}
for i = 4, #ARGV do
  local id = redis.call('HGET', KEYS[1], ARGV[i])
  if id then
    found = found or contact_live(id)
  else
    table.insert(unlinked, ARGV[i])
  end
end
local created = 0
if not found then
  found = ARGV[3]
  created = 1
  redis.call('HSET', key('contact', found), 'id', found, 'createdAt', NOW, 'attributes', '{}')
end
for _, handle in ipairs(unlinked) do
  contact_link(found, handle)
end
return { found, created }
