-- dispatch: offers the head items of one queue to the best eligible agents, atomically (see dispatch_queue).
-- KEYS[1] = {prefix}queue:{name}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] queue name, ARGV[4] offer ttl ms, ARGV[5] max offers, ARGV[6] scan depth,
-- ARGV[7] number of steps n, then n triples: step start (ms in queue), pool name ('' for overflow), agents expression
-- Returns { offers made, then per offer: offer id, ms from the item's intake (its first offer) or -1 (a re-offer) }.
local result = { dispatch_queue(ARGV, 3) }
for _, value in ipairs(OFFERS_MADE) do
  table.insert(result, value)
end
return result
