-- Shared SLA helpers (after _lib.lua), prepended to every script by RouterScripts.

-- SLA clocks. Due escalation steps and breaches live in one sorted set, key sla:due, by fire time; a member is
-- "item|fr|step" or "item|res|step" (a step of the first-response or resolution clock) or "item|fr|!" / "item|res|!"
-- (the breach itself). Whoever removes a member with ZREM fires it, so a step fires once whatever the instances.
-- On the item's own hash, so that planning a new item writes no key of its own for them:
--   slaDue            JSON array of the item's members of sla:due, to withdraw them on re-plan or when a clock stops
--                     (one that fired may still be listed: withdrawing it again changes nothing)
--   slaSteps          JSON object, member -> { action, a1, a2 } of each planned step
--   item:I:sla:fired  "fr|step" / "res|step" of steps that fired: never again, even after a re-plan
--   sla:open          open items with a plan, for re-planning them after a policy change
--   sla:next          open items by their next due time (first response, else resolution), for "at risk"
local function sla_withdraw(item_id, target)
  local it = key('item', item_id)
  local listed = redis.call('HGET', it, 'slaDue')
  if not listed then
    return
  end
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
    redis.call('HSET', it, 'slaDue', json_array(kept))
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
-- (target ms or '', due ms, elapsed ms), then n and n × (target 'fr'|'res', step id, fire ms, action, a1, a2).
-- Members in `skip` ("fr|!", "res|step" ...: breached clocks and fired steps) are not planned again. The item's
-- fields go into `fields`, for the caller's HSET. Returns the first due time (first response first), or nil.
local function sla_plan(item_id, args, first, fields, skip)
  local function field(name, value)
    table.insert(fields, name)
    table.insert(fields, value)
  end
  field('sla', args[first])
  local due, members, steps = {}, {}, {}
  local function add(member, at)
    table.insert(due, at)
    table.insert(due, member)
    table.insert(members, member)
  end
  local next_due = nil
  for i, target in ipairs({ 'fr', 'res' }) do
    local base = first + 1 + (i - 1) * 3
    if args[base] ~= '' then
      field(target .. 'Target', args[base])
      field(target .. 'Due', args[base + 1])
      field(target .. 'Elapsed', args[base + 2])
      field(target .. 'Since', NOW_S)
      if not skip[target .. '|!'] then
        add(item_id .. '|' .. target .. '|!', args[base + 1])
      end
      next_due = next_due or args[base + 1]
    end
  end
  for i = 1, tonumber(args[first + 7]) do
    local b = first + 8 + (i - 1) * 6
    local step = args[b] .. '|' .. args[b + 1]
    if not skip[step] then
      local member = item_id .. '|' .. step
      steps[member] = { action = args[b + 3], a1 = args[b + 4], a2 = args[b + 5] }
      add(member, args[b + 2])
    end
  end
  field('slaDue', json_array(members))
  field('slaSteps', cjson.encode(steps))
  if #due > 0 then
    redis.call('ZADD', key('sla', 'due'), unpack(due))
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
