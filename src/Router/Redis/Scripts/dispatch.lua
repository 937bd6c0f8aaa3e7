-- dispatch: offers the head items of one queue to the best eligible agents, atomically (see dispatch_queue).
-- KEYS[1] = {prefix}queue:{name}
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] queue name, ARGV[4] offer ttl ms, ARGV[5] max offers, ARGV[6] scan depth,
-- ARGV[7] number of steps n, then n triples: step start (ms in queue), pool name ('' for overflow), agents expression
-- Returns { offers made }.
return { dispatch_queue(ARGV, 3) }
