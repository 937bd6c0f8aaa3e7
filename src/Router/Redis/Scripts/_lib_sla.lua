-- Shared SLA helpers (after _lib.lua), prepended to every script by RouterScripts.

-- SLA clocks. An item with a breach or an escalation step still to come has one member in the sorted set sla:due,
-- its id, scored by the time the first of them is due. What is due when is on the item's hash:
--   slaPlan           JSON array, by time, of the item's pending events: [at ms, 'fr'|'res', '!'] (that clock's breach)
--                     or [at ms, 'fr'|'res', step id, action, a1, a2] (an escalation step), as the router wrote it
--                     (SlaArguments), so that intake stores it without decoding or encoding anything
--   item:I:sla:fired  "fr|step" / "res|step" of steps that fired: never again, even after a re-plan
--   sla:open          open items with a plan, for re-planning them after a policy change
--   sla:next          open items by their next due time (first response, else resolution), for "at risk"
-- Whoever removes the item's member with ZREM fires what is due of it (sla_fire.lua) and puts the member back for
-- the next event, in one script: an event fires once whatever the instances.
-- Items planned by routers before session 7 have a member per event instead ("item|fr|step", "item|res|!"), listed
-- in the hash field slaDue, with their steps in slaSteps. sla_fire and sla_withdraw still handle those, until the
-- item's events fire, its clocks stop or it is re-planned (which writes slaPlan).

-- The time the first of some decoded events is due, or nil for none.
local function sla_first(events)
  local first = nil
  for _, e in ipairs(events) do
    if not first or e[1] < first then
      first = e[1]
    end
  end
  return first
end

-- Stores an item's pending events (decoded) and its member of sla:due for the first of them.
local function sla_schedule(item_id, events)
  local first = sla_first(events)
  redis.call('HSET', key('item', item_id), 'slaPlan', json_array(events))
  if first then
    redis.call('ZADD', key('sla', 'due'), int(first), item_id)
  else
    redis.call('ZREM', key('sla', 'due'), item_id)
  end
end

-- An item planned before slaPlan: its members of sla:due as listed in slaDue.
local function sla_withdraw_listed(it, listed, target)
  local kept, gone = {}, {}
  for _, member in ipairs(cjson.decode(listed)) do
    if target == nil or string.find(member, '|' .. target .. '|', 1, true) then
      table.insert(gone, member)
    else
      table.insert(kept, member)
    end
  end
  if #gone > 0 then
    redis.call('ZREM', key('sla', 'due'), unpack(gone))
  end
  if target == nil then
    redis.call('HDEL', it, 'slaDue', 'slaSteps')
  elseif #gone > 0 then
    redis.call('HSET', it, 'slaDue', json_array(kept))
  end
end

-- Withdraws the pending events of one clock (target 'fr' or 'res'), or all of them (target nil).
local function sla_withdraw(item_id, target)
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, 'slaPlan', 'slaDue')
  if f[2] then
    sla_withdraw_listed(it, f[2], target)
  end
  if not f[1] then
    return
  end
  if target == nil then
    redis.call('ZREM', key('sla', 'due'), item_id)
    redis.call('HDEL', it, 'slaPlan')
    return
  end
  local kept, changed = {}, false
  for _, e in ipairs(cjson.decode(f[1])) do
    if e[2] == target then
      changed = true
    else
      table.insert(kept, e)
    end
  end
  if changed then
    sla_schedule(item_id, kept)
  end
end

local function sla_next(item_id)
  local f = redis.call('HMGET', key('item', item_id), 'frDue', 'frStoppedAt', 'frBreached', 'resDue', 'resStoppedAt', 'resBreached')
  local next_due = nil
  if f[1] and f[1] ~= '' and not f[2] and not f[3] then
    next_due = f[1]
  elseif f[4] and f[4] ~= '' and not f[5] and not f[6] then
    next_due = f[4]
  end
  if next_due then
    redis.call('ZADD', key('sla', 'next'), next_due, item_id)
  else
    redis.call('ZREM', key('sla', 'next'), item_id)
  end
end

-- Puts a plan made by the router (SlaArguments) in place: args[first ..] = policy, then for fr and res each
-- (target ms or '', due ms, elapsed ms), then the first event's time ('' for none) and the events (slaPlan's JSON).
-- Events in `skip` ("fr|!", "res|step" ...: breached clocks and fired steps) are not planned again; with nothing to
-- skip (a new item) the events are stored as the router wrote them. The item's fields go into `fields`, for the
-- caller's HSET. Returns the first due time of a clock (first response first), or nil.
local function sla_plan(item_id, args, first, fields, skip)
  local function field(name, value)
    table.insert(fields, name)
    table.insert(fields, value)
  end
  field('sla', args[first])
  local next_due = nil
  for i, target in ipairs({ 'fr', 'res' }) do
    local base = first + 1 + (i - 1) * 3
    if args[base] ~= '' then
      field(target .. 'Target', args[base])
      field(target .. 'Due', args[base + 1])
      field(target .. 'Elapsed', args[base + 2])
      field(target .. 'Since', NOW_S)
      next_due = next_due or args[base + 1]
    end
  end
  local plan, due = args[first + 8], args[first + 7]
  if next(skip) ~= nil then
    local kept = {}
    for _, e in ipairs(cjson.decode(plan)) do
      if not skip[e[2] .. '|' .. e[3]] then
        table.insert(kept, e)
      end
    end
    local first = sla_first(kept)
    plan, due = json_array(kept), first and int(first) or ''
  end
  field('slaPlan', plan)
  if due ~= '' then
    redis.call('ZADD', key('sla', 'due'), due, item_id)
  end
  redis.call('SADD', key('sla', 'open'), item_id)
  return next_due
end

-- Re-plans an open item: withdraws what was due, then plans again, leaving out breached clocks and fired steps.
local function sla_apply(item_id, args, first)
  local it = key('item', item_id)
  sla_withdraw(item_id, nil)
  local skip = {}
  local breached = redis.call('HMGET', it, 'frBreached', 'resBreached')
  skip['fr|!'], skip['res|!'] = breached[1] ~= false, breached[2] ~= false
  for _, fired in ipairs(redis.call('SMEMBERS', key('item', item_id, 'sla', 'fired'))) do
    skip[fired] = true
  end
  local fields = {}
  sla_plan(item_id, args, first, fields, skip)
  redis.call('HSET', it, unpack(fields))
  sla_next(item_id)
end

-- Stops a clock ('fr' at the first agent reply, 'res' at completion) and counts it met or breached for today.
local function sla_stop(item_id, target, day)
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, target .. 'Target', target .. 'StoppedAt', target .. 'Breached', target .. 'Due', 'queue')
  if not f[1] or f[1] == '' or f[2] then
    return false
  end
  redis.call('HSET', it, target .. 'StoppedAt', NOW)
  sla_withdraw(item_id, target)
  if not f[3] then
    redis.call('HINCRBY', key('queue', f[5], 'sla', day), target .. 'Met', 1)
  end
  if target == 'res' then
    sla_withdraw(item_id, nil)
    redis.call('SREM', key('sla', 'open'), item_id)
  end
  sla_next(item_id)
  return true
end

-- sla_apply for an item this script is creating: nothing to withdraw, nothing fired or breached yet. The item's
-- fields go into `fields`, for the caller's one HSET of the new item.
local function sla_apply_new(item_id, args, first, fields)
  local next_due = sla_plan(item_id, args, first, fields, {})
  if next_due then
    redis.call('ZADD', key('sla', 'next'), next_due, item_id)
  end
end
