-- sla_fire: fires the escalation steps and breaches that are due. Each member is claimed with ZREM, so it fires
-- exactly once whichever router instance ticks first; a step that fired before (item:I:sla:fired) never fires again.
-- KEYS[1] = {prefix}sla:due
-- ARGV[1] prefix, ARGV[2] now, ARGV[3] batch size, ARGV[4] today's date (UTC, yyyy-mm-dd) for the queue counters
-- Returns { members handled, counts JSON, queues that may now be dispatched ... }; the counts are
-- { "escalated:<action>": n, "breached:<firstResponse|resolution>": n } for the router's metrics.
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

local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', NOW, 'LIMIT', 0, batch)
for _, member in ipairs(due) do
  redis.call('ZREM', KEYS[1], member)
  local item_id, target, step = string.match(member, '^([^|]+)|([^|]+)|(.+)$')
  local it = key('item', item_id)
  local state = redis.call('HGET', it, 'state')
  if state and state ~= 'completed' then
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
    elseif redis.call('SADD', key('item', item_id, 'sla', 'fired'), target .. '|' .. step) == 1 then
      local steps = redis.call('HGET', it, 'slaSteps')
      local spec = steps and cjson.decode(steps)[member]
      if spec then
        act(item_id, it, step, spec)
      end
    end
  end
end
table.insert(touched, 1, cjson.encode(counts))
table.insert(touched, 1, #due)
return touched
