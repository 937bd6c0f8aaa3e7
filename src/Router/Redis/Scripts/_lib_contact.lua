-- Contact helpers. contacts:handles maps "kind:value" (email:ann@example.com, phone:+14155550100, visitor:site/v1)
-- to a contact id; contact:{id} holds attributes and mergedInto; contact:{id}:handles is the contact's own handle set.

-- The contact a (possibly merged) id now lives on.
local function contact_live(id)
  for _ = 1, 32 do
    local into = redis.call('HGET', key('contact', id), 'mergedInto')
    if not into or into == '' then
      return id
    end
    id = into
  end
  return id
end

local function contact_link(id, handle)
  redis.call('HSET', key('contacts', 'handles'), handle, id)
  redis.call('SADD', key('contact', id, 'handles'), handle)
end
