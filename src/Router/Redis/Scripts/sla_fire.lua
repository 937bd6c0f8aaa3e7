-- sla_fire: fires the escalation steps and breaches that are due. An item's member of sla:due is claimed with ZREM,
-- what of the item is due fires, and the member goes back for the item's next event, in this one call: an event fires
-- exactly once whichever router instance ticks first; a step that fired before (item:I:sla:fired) never fires again.
-- Members of items planned before slaPlan ("item|fr|step") are one event each (see _lib_sla.lua).
-- KEYS[1] = {prefix}sla:due
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] batch size, ARGV[4] today's date (UTC, yyyy-mm-dd) for the queue counters
-- ARGV[3] bounds the work of one call: members are claimed until that many events were handled.
-- Returns { events handled (fired, or found fired before; a member whose item closed counts one), counts JSON,
-- queues that may now be dispatched ... }; the counts are { "escalated:<action>": n,
-- "breached:<firstResponse|resolution>": n } for the router's metrics.
local batch, day = tonumber(ARGV[3]), ARGV[4]
local touched = {}
local counts = {}

local function count(name)
  counts[name] = (counts[name] or 0) + 1
end

local function event(kind, item_id, ...)
  redis.call('XADD', key('events'), 'MAXLEN', '~', 100000, '*', 'type', kind, 'itemId', item_id, 'at', NOW, ...)
end

local function act(item_id, it, step, spec)
  count('escalated:' .. spec.action)
  local f = redis.call('HMGET', it, 'state', 'queue', 'priority', 'seq', 'fifo')
  local state, queue = f[1], f[2]
  local detail = { step = step, action = spec.action }
  if spec.action == 'raise-priority' then
    local p = tonumber(spec.a1)
    detail.from, detail.to = tonumber(f[3]), p
    if p > tonumber(f[3]) then
      local score = queue_score(p, f[4], f[5])
      redis.call('HSET', it, 'priority', p, 'score', score)
      if state == 'queued' then
        redis.call('ZADD', key('queue', queue), score, item_id)
        table.insert(touched, queue)
      end
    else
      detail.note = 'priority already at least ' .. p
    end
  elseif spec.action == 'move' then
    detail.from, detail.queue = queue, spec.a1
    if state == 'queued' and spec.a1 ~= queue then
      redis.call('ZREM', key('queue', queue), item_id)
      redis.call('ZREM', key('queue', queue, 'age'), item_id)
      redis.call('HSET', it, 'queue', spec.a1, 'enqueuedAt', NOW, 'fifo', spec.a2,
        'score', queue_score(f[3], f[4], spec.a2), 'stepFloor', '')
      enqueue(item_id)
      emit('item.routed', item_id, { from = queue, queue = spec.a1, priority = tonumber(f[3]), reason = 'escalation step ' .. step })
      table.insert(touched, spec.a1)
    else
      detail.note = 'not moved: the item is ' .. state .. ' in ' .. queue
    end
  elseif spec.action == 'widen' then
    detail.target = tonumber(spec.a1)
    redis.call('HSET', it, 'stepFloor', spec.a1)
    table.insert(touched, queue)
  elseif spec.action == 'notify' then
    detail.to = spec.a1
    event('sla.notify', item_id, 'to', spec.a1, 'step', step, 'queue', queue)
  end
  redis.call('HSET', it, 'slaStep', step)
  history(item_id, 'escalated', detail)
  event('item.escalated', item_id, 'step', step, 'action', spec.action)
  emit('item.escalated', item_id, detail)
end

-- One event of an open item: a clock's breach (step '!') or an escalation step. spec: { action, a1, a2 } of a step.
local function fire(item_id, it, target, step, spec)
  if step == '!' then
    local queue = redis.call('HGET', it, 'queue')
    redis.call('HSET', it, target .. 'Breached', NOW)
    redis.call('HINCRBY', key('queue', queue, 'sla', day), target .. 'Breached', 1)
    history(item_id, 'sla.breached', { target = target == 'fr' and 'firstResponse' or 'resolution', queue = queue })
    event('sla.breached', item_id, 'target', target, 'queue', queue)
    emit('sla.breached', item_id, { target = target == 'fr' and 'firstResponse' or 'resolution', queue = queue,
      dueAt = tonumber(redis.call('HGET', it, target .. 'Due')) })
    sla_next(item_id)
    count(target == 'fr' and 'breached:firstResponse' or 'breached:resolution')
  elseif redis.call('SADD', key('item', item_id, 'sla', 'fired'), target .. '|' .. step) == 1 and spec then
    act(item_id, it, step, spec)
  end
end

local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', NOW, 'LIMIT', 0, batch)
local handled = 0
for _, member in ipairs(due) do
  if handled >= batch then
    break
  end
  redis.call('ZREM', KEYS[1], member)
  local events = 1
  local item_id, target, step = string.match(member, '^([^|]+)|([^|]+)|(.+)$')
  item_id = item_id or member
  local it = key('item', item_id)
  local f = redis.call('HMGET', it, 'state', 'slaPlan')
  if f[1] and f[1] ~= 'completed' then
    if target then
      -- planned before slaPlan: the member is the event
      local steps = step ~= '!' and redis.call('HGET', it, 'slaSteps')
      fire(item_id, it, target, step, steps and cjson.decode(steps)[member] or nil)
    elseif f[2] then
      local pending = {}
      events = 0
      for _, e in ipairs(cjson.decode(f[2])) do
        if e[1] <= NOW then
          events = events + 1
          fire(item_id, it, e[2], e[3], e[4] and { action = e[4], a1 = e[5], a2 = e[6] } or nil)
        else
          table.insert(pending, e)
        end
      end
      sla_schedule(item_id, pending)
    end
  end
  handled = handled + math.max(events, 1)
end
table.insert(touched, 1, cjson.encode(counts))
table.insert(touched, 1, handled)
return touched
