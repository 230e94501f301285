--- The `:Kata` command: its subcommands, their completion, and the
--- statusline item.
local K = {}

local uv = vim.uv or vim.loop
local client = require('kata.client')
local config = require('kata.config')
local paths = require('kata.paths')
local status = require('kata.status')
local ui = require('kata.ui')

--- The last `kata/list` answer, for completion.
local list_cache = { at = 0, items = nil }

--- `:Kata list`: the catalogue in a scratch buffer; <CR> starts (or opens)
--- the kata under the cursor.
function K.list(cb)
  client.request('kata/list', vim.empty_dict(), function(err, result)
    if err then
      ui.notify('list: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return cb and cb(err)
    end
    local items = type(result) == 'table' and result or {}
    list_cache = { at = uv.now(), items = items }
    local buf = ui.open_scratch('kata://list', ui.format_list(items))
    vim.keymap.set('n', '<CR>', function()
      local kid = vim.api.nvim_get_current_line():match('^(%S+)')
      if kid and kid ~= 'id' then
        K.start(kid)
      end
    end, { buffer = buf, desc = 'kata: start the kata under the cursor' })
    if cb then
      cb(nil, items)
    end
  end)
end

local function open_uri(uri)
  if type(uri) ~= 'string' or uri == '' then
    return false
  end
  local file = uri:match('^file:') and vim.uri_to_fname(uri) or uri
  if not paths.is_file(file) then
    return false
  end
  -- Leave the list buffer's window alone: open in the previous window.
  if vim.bo.buftype == 'nofile' and #vim.api.nvim_list_wins() > 1 then
    vim.cmd('wincmd p')
  end
  vim.cmd.edit(vim.fn.fnameescape(file))
  return true
end

--- `:Kata start` without an id: picks a kata of the catalogue with
--- `vim.ui.select` (telescope, fzf-lua, … when they replace it), then starts
--- it. `on` (optional) is the client of the workspace to start it in.
function K.pick_kata(cb, on)
  client.request('kata/list', vim.empty_dict(), function(err, result)
    if err then
      ui.notify('list: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return cb and cb(err)
    end
    local items = type(result) == 'table' and result or {}
    list_cache = { at = uv.now(), items = items }
    vim.ui.select(items, { prompt = 'Start a kata', kind = 'kata', format_item = ui.kata_label }, function(choice)
      if not choice then
        return cb and cb({ message = 'cancelled' })
      end
      K.start(choice.id, cb, on)
    end)
  end, nil, on)
end

--- `:Kata start ID`: scaffolds the kata (never overwrites) and opens its
--- src/lib.rs; without an id, picks one first.
function K.start(id, cb, on)
  if not id or id == '' then
    return K.pick_kata(cb, on)
  end
  client.request('kata/start', { id = id }, function(err, result)
    if err then
      ui.notify('start: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return cb and cb(err)
    end
    list_cache.at = 0
    result = type(result) == 'table' and result or {}
    open_uri(result.uri)
    if result.created == false then
      ui.notify(('`%s` was already started: opened it (nothing was overwritten)'):format(result.id or id))
    else
      ui.notify(('started `%s`: read its prompt with :Kata prompt; tests run on save'):format(result.id or id))
    end
    if cb then
      cb(nil, result)
    end
  end, nil, on)
end

--- `:Kata status`: the kata's status as the server last pushed it; asked
--- for (`kata/status`) only when it has not been pushed yet.
function K.status(id, cb)
  local bufnr = vim.api.nvim_get_current_buf()
  client.resolve(id, bufnr, function(not_found, kata)
    if not_found then
      ui.notify(not_found, vim.log.levels.ERROR)
      return cb and cb({ message = not_found })
    end
    if kata.status then
      ui.notify(ui.status_line(kata.status))
      return cb and cb(nil, kata.status)
    end
    client.request('kata/status', { uri = kata.uri }, function(err, result)
      if err then
        ui.notify('status: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      else
        status.update(result)
        ui.notify(ui.status_line(result))
      end
      if cb then
        cb(err, result)
      end
    end, bufnr)
  end)
end

--- For 'statusline': "kata pair-sum 3/8" from the status the server last
--- pushed for the current buffer's kata.
function K.statusline()
  local s = status.of_buf(0)
  if not s then
    return ''
  end
  return ui.statusline_of(s.id or '?', s)
end

--- `:Kata prompt`: the kata's README in a floating window (`q` closes
--- it). A kata whose README is not on disk asks the server, which writes
--- it and opens it (window/showDocument).
function K.prompt(id, cb)
  local bufnr = vim.api.nvim_get_current_buf()
  client.resolve(id, bufnr, function(not_found, kata)
    if not_found then
      ui.notify(not_found, vim.log.levels.ERROR)
      return cb and cb({ message = not_found })
    end
    -- The crate the server named, else `<workspace>/<id>/` (src/lib.rs's).
    local crate = status.crate_dir(kata.status) or vim.fs.dirname(vim.fs.dirname(vim.uri_to_fname(kata.uri)))
    local readme = crate .. '/README.md'
    if paths.is_file(readme) then
      local lines = vim.fn.readfile(readme)
      local _, win = ui.float(lines, 'kata: ' .. kata.id)
      return cb and cb(nil, { readme = readme, win = win })
    end
    return client.execute('prompt', id, cb, bufnr)
  end)
end

--- `:Kata init [DIR]`: creates a practice workspace (`kata init`; an
--- existing one is kept), makes it the current directory and offers its
--- katas to start.
function K.init(dir, cb)
  dir = vim.fn.fnamemodify(vim.fn.expand(dir and dir ~= '' and dir or '.'), ':p'):gsub('/$', '')
  vim.system({ config.binary(), 'init', dir }, { text = true }, function(obj)
    vim.schedule(function()
      if obj.code ~= 0 then
        local msg = ('init %s: %s'):format(dir, vim.trim((obj.stderr or '') .. (obj.stdout or '')))
        ui.notify(msg, vim.log.levels.ERROR)
        return cb and cb({ message = msg })
      end
      local root = paths.normalize(dir)
      vim.cmd.cd(vim.fn.fnameescape(root))
      ui.notify(('practice workspace ready in %s: pick a kata to start'):format(root))
      local on = client.client_for_root(root)
      if not on then
        local msg = 'no kata language server for ' .. root .. ' (see :checkhealth kata)'
        ui.notify(msg, vim.log.levels.ERROR)
        return cb and cb({ message = msg })
      end
      K.pick_kata(cb, on)
    end)
  end)
end

--- The actions `:Kata` (without a subcommand) offers, in the picker's order.
K.actions = {
  { name = 'hint', desc = 'show the next hint' },
  { name = 'run', desc = 'run the tests now' },
  { name = 'prompt', desc = "read the kata's prompt" },
  { name = 'status', desc = 'tests, hints and targets of this kata' },
  { name = 'start', desc = 'start a kata…' },
  { name = 'next', desc = 'start the recommended next kata' },
  { name = 'list', desc = 'the catalogue in a buffer' },
  { name = 'reset', desc = 'reset to the starter (asks first; keeps a backup)' },
  { name = 'solution', desc = 'reveal the reference solution (asks first)' },
  { name = 'init', desc = 'create a practice workspace here' },
}

--- `:Kata`: picks an action with `vim.ui.select`.
function K.pick_action(cb)
  vim.ui.select(K.actions, {
    prompt = 'kata',
    kind = 'kata.action',
    format_item = function(a)
      return ('%-9s %s'):format(a.name, a.desc)
    end,
  }, function(choice)
    if choice then
      K.subcommands[choice.name]({}, false)
    end
    if cb then
      cb(choice)
    end
  end)
end

--- Runs `action` with the server's confirmation answered by `answer`.
local function confirmed(action, answer, id, bang)
  if bang then
    client.auto_answer = answer
  end
  client.execute(action, id, function()
    client.auto_answer = nil
  end)
end

K.subcommands = {
  list = function()
    K.list()
  end,
  start = function(args)
    K.start(args[1])
  end,
  next = function(args)
    client.execute('next', args[1])
  end,
  hint = function(args)
    client.execute('hint', args[1])
  end,
  run = function(args)
    client.execute('run', args[1])
  end,
  reset = function(args, bang)
    confirmed('reset', 'Reset', args[1], bang)
  end,
  solution = function(args, bang)
    confirmed('solution', 'Reveal', args[1], bang)
  end,
  status = function(args)
    K.status(args[1])
  end,
  prompt = function(args)
    K.prompt(args[1])
  end,
  init = function(args)
    K.init(args[1])
  end,
}

--- Entry point of the :Kata user command.
function K.command(opts)
  local args = vim.split(vim.trim(opts.args or ''), '%s+', { trimempty = true })
  local sub = table.remove(args, 1)
  local names = vim.tbl_keys(K.subcommands)
  table.sort(names)
  if not sub then
    return K.pick_action()
  end
  local fn = K.subcommands[sub]
  if not fn then
    ui.notify(('unknown subcommand `%s`; one of: %s'):format(sub, table.concat(names, ', ')), vim.log.levels.ERROR)
    return
  end
  fn(args, opts.bang)
end

function K.complete(arglead, cmdline)
  local words = vim.split(cmdline, '%s+', { trimempty = false })
  if #words <= 2 then
    local subs = vim.tbl_keys(K.subcommands)
    table.sort(subs)
    return vim.tbl_filter(function(s)
      return vim.startswith(s, arglead)
    end, subs)
  end
  -- Kata ids: from the last `kata/list`, refreshed when stale.
  if not list_cache.items or uv.now() - list_cache.at > 30000 then
    local res = client.request_sync('kata/list', vim.empty_dict(), 2000)
    if type(res) == 'table' then
      list_cache = { at = uv.now(), items = res }
    end
  end
  local started_only = words[2] ~= 'start'
  local ids = {}
  for _, k in ipairs(list_cache.items or {}) do
    local ok = not started_only or (k.uri ~= nil and k.uri ~= vim.NIL)
    if ok and k.id and vim.startswith(k.id, arglead) then
      table.insert(ids, k.id)
    end
  end
  return ids
end

return K
