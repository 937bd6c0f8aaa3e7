-- Shared SLA helpers (after _lib.lua), prepended to every script by RouterScripts.

-- SLA clocks. Due escalation steps and breaches live in one sorted set, key sla:due, by fire time; a member is
-- "item|fr|step" or "item|res|step" (a step of the first-response or resolution clock) or "item|fr|!" / "item|res|!"
-- (the breach itself). Whoever removes a member with ZREM fires it, so a step fires once whatever the instances.
--   item:I:sla:due    the item's members of sla:due, to withdraw them on re-plan or when a clock stops
--   item:I:sla:steps  member -> JSON { action, a1, a2 } of each planned step
--   item:I:sla:fired  "fr|step" / "res|step" of steps that fired: never again, even after a re-plan
--   sla:next          open items by their next due time (first response, else resolution), for "at risk"
local function sla_withdraw(item_id, target)
  local due_key = key('item', item_id, 'sla', 'due')
  for _, member in ipairs(redis.call('SMEMBERS', due_key)) do
    if target == nil or string.find(member, '|' .. target .. '|', 1, true) then
      redis.call('ZREM', key('sla', 'due'), member)
      redis.call('SREM', due_key, member)
    end
  end
end

local function sla_next(item_id)
  local f = redis.call('HMGET', key('item', item_id), 'frDue', 'frStoppedAt', 'frBreached', 'resDue', 'resStoppedAt', 'resBreached')
  local next_due = nil
  if f[1] and f[1] ~= '' and not f[2] and not f[3] then
    next_due = tonumber(f[1])
  elseif f[4] and f[4] ~= '' and not f[5] and not f[6] then
    next_due = tonumber(f[4])
  end
  if next_due then
    redis.call('ZADD', key('sla', 'next'), next_due, item_id)
  else
    redis.call('ZREM', key('sla', 'next'), item_id)
  end
end

-- Applies a plan made by the router (SlaArguments): args[first ..] = policy, then for fr and res each
-- (target ms or '', due ms, elapsed ms), then n and n × (target 'fr'|'res', step id, fire ms, action, a1, a2).
local function sla_apply(item_id, args, first)
  local it = key('item', item_id)
  sla_withdraw(item_id, nil)
  redis.call('HSET', it, 'sla', args[first])
  local due_key, steps_key = key('item', item_id, 'sla', 'due'), key('item', item_id, 'sla', 'steps')
  local fired_key = key('item', item_id, 'sla', 'fired')
  local function add(member, at)
    redis.call('ZADD', key('sla', 'due'), at, member)
    redis.call('SADD', due_key, member)
  end
  for i, target in ipairs({ 'fr', 'res' }) do
    local base = first + 1 + (i - 1) * 3
    if args[base] ~= '' then
      redis.call('HSET', it, target .. 'Target', args[base], target .. 'Due', args[base + 1],
        target .. 'Elapsed', args[base + 2], target .. 'Since', NOW)
      if not redis.call('HGET', it, target .. 'Breached') then
        add(item_id .. '|' .. target .. '|!', tonumber(args[base + 1]))
      end
    end
  end
  redis.call('DEL', steps_key)
  local n = tonumber(args[first + 7])
  for i = 1, n do
    local b = first + 8 + (i - 1) * 6
    local fired = args[b] .. '|' .. args[b + 1]
    if redis.call('SISMEMBER', fired_key, fired) == 0 then
      local member = item_id .. '|' .. fired
      redis.call('HSET', steps_key, member, cjson.encode({ action = args[b + 3], a1 = args[b + 4], a2 = args[b + 5] }))
      add(member, tonumber(args[b + 2]))
    end
  end
  redis.call('SADD', key('sla', 'open'), item_id)
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

-- sla_apply for an item this script is creating: nothing to withdraw, nothing fired or breached yet, so each key is
-- written once. The item's own SLA fields go into `fields`, for the caller's one HSET of the new item.
local function sla_apply_new(item_id, args, first, fields)
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
      field(target .. 'Since', NOW)
      add(item_id .. '|' .. target .. '|!', tonumber(args[base + 1]))
      next_due = next_due or tonumber(args[base + 1]) -- first response first, as sla_next
    end
  end
  for i = 1, tonumber(args[first + 7]) do
    local b = first + 8 + (i - 1) * 6
    local member = item_id .. '|' .. args[b] .. '|' .. args[b + 1]
    table.insert(steps, member)
    table.insert(steps, cjson.encode({ action = args[b + 3], a1 = args[b + 4], a2 = args[b + 5] }))
    add(member, tonumber(args[b + 2]))
  end
  if #members > 0 then
    redis.call('ZADD', key('sla', 'due'), unpack(due))
    redis.call('SADD', key('item', item_id, 'sla', 'due'), unpack(members))
  end
  if #steps > 0 then
    redis.call('HSET', key('item', item_id, 'sla', 'steps'), unpack(steps))
  end
  redis.call('SADD', key('sla', 'open'), item_id)
  if next_due then
    redis.call('ZADD', key('sla', 'next'), next_due, item_id)
  end
end
