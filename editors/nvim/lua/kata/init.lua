--- kata.nvim: Neovim client for the kata language server (`kata lsp`).
---
--- `require('kata').setup(opts)` starts `kata lsp` for Rust files inside a
--- kata practice workspace (the directory holding `.kata/`, or a crate whose
--- Cargo.toml has `[package.metadata.kata]`). It runs next to rust-analyzer:
--- both attach to the same buffers, kata adds its own diagnostics (source
--- "kata"), hovers, code lenses, code actions and inlay hints.
---
--- `:Kata {list|start ID|hint|run|reset|solution|status|prompt}` drives the
--- server's custom requests and commands (docs/lsp-extensions.md).
local M = {}

local uv = vim.uv or vim.loop

--- Defaults; `setup(opts)` merges `opts` over them.
M.defaults = {
  --- The `kata` binary: a name on $PATH or a path. `$KATA_PATH` wins over
  --- the default but not over an explicit `path`.
  path = nil,
  --- Extra arguments after `lsp` (e.g. { '--pack', '/my/pack' }).
  args = {},
  --- Start the server automatically for Rust buffers in a practice workspace.
  autostart = true,
  filetypes = { 'rust' },
  --- Server settings (sent as initializationOptions and through
  --- workspace/didChangeConfiguration), same keys as VS Code's `kata.*`.
  settings = {
    timeoutSecs = nil, -- seconds a test may run; nil = the kata's default
    inlayHints = { enable = true },
    runOnSave = true,
    measureGrowth = true, -- measure growth with the kata's probe once the tests pass
  },
  --- Turn on Neovim's inlay hint display in kata buffers (follows
  --- settings.inlayHints.enable when nil).
  inlay_hints = nil,
  --- Refresh and show code lenses (test status, "run tests") in kata buffers.
  codelens = true,
  --- Called as on_attach(client, bufnr) after the server attached.
  on_attach = nil,
  --- Extra client capabilities merged over Neovim's defaults.
  capabilities = nil,
}

M.config = vim.deepcopy(M.defaults)

local function notify(msg, level)
  vim.notify('kata: ' .. msg, level or vim.log.levels.INFO)
end

--- The kata executable as configured (not resolved).
function M.binary()
  local path = M.config.path
  if path == nil or path == '' then
    path = vim.env.KATA_PATH
  end
  if path == nil or path == '' then
    path = 'kata'
  end
  return vim.fn.expand(path)
end

--- The command line that starts the server.
function M.cmd()
  local cmd = { M.binary(), 'lsp' }
  vim.list_extend(cmd, M.config.args or {})
  return cmd
end

local function read_file(path)
  local fd = io.open(path, 'r')
  if not fd then
    return nil
  end
  local text = fd:read('*a')
  fd:close()
  return text
end

--- The kata id recorded in a Cargo.toml's `[package.metadata.kata]`, if any.
function M.kata_id_of_manifest(manifest)
  local text = read_file(manifest)
  if not text then
    return nil
  end
  local in_section = false
  for line in (text .. '\n'):gmatch('([^\n]*)\n') do
    local stripped = vim.trim(line:gsub('#.*$', ''))
    local header = stripped:match('^%[([^%]]+)%]$')
    if header then
      in_section = vim.trim(header) == 'package.metadata.kata'
    elseif in_section then
      local id = stripped:match('^id%s*=%s*"([^"]*)"') or stripped:match("^id%s*=%s*'([^']*)'")
      if id then
        return id
      end
    end
  end
  -- `[package.metadata.kata]` with no id, or an inline table.
  if text:match('%[package%.metadata%.kata%]') then
    return ''
  end
  local inline = text:match('metadata%.kata%s*=%s*{[^}]*id%s*=%s*"([^"]*)"')
  return inline
end

local function dirname(path)
  return vim.fs.dirname(path)
end

local function is_dir(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == 'directory'
end

local function is_file(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == 'file'
end

local function normalize(path)
  path = vim.fs.normalize(path)
  local real = uv.fs_realpath(path)
  return real or path
end

--- Walks from `path` (or its directory) up to the root; returns the first
--- directory for which `found(dir)` is true, and what `found` returned.
local function find_up(path, found)
  if path == nil or path == '' then
    return nil
  end
  path = normalize(path)
  local dir = is_dir(path) and path or dirname(path)
  while dir do
    local hit = found(dir)
    if hit then
      return dir, hit
    end
    local parent = dirname(dir)
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

--- The kata crate a file belongs to: (crate_dir, kata_id) or nil.
function M.kata_of_path(path)
  return find_up(path, function(dir)
    local manifest = dir .. '/Cargo.toml'
    return is_file(manifest) and M.kata_id_of_manifest(manifest) or nil
  end)
end

--- The practice workspace containing `path` (the directory with `.kata/`
--- and a Cargo.toml), or nil.
function M.workspace_of_path(path)
  return (find_up(path, function(dir)
    return is_dir(dir .. '/.kata') and is_file(dir .. '/Cargo.toml')
  end))
end

--- The server's root for a file: its practice workspace, else its kata
--- crate, else nil (the server is not started for this file).
function M.root_dir(path)
  local ws = M.workspace_of_path(path)
  if ws then
    return ws
  end
  local crate = M.kata_of_path(path)
  return crate
end

local function buf_path(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or name:match('^%a[%w+.-]*://') then
    return nil
  end
  return name
end

local function inlay_enabled()
  if M.config.inlay_hints ~= nil then
    return M.config.inlay_hints
  end
  local s = M.config.settings or {}
  return not (s.inlayHints and s.inlayHints.enable == false)
end

--- What the plugin does when a kata client attaches to a buffer, whichever
--- way it was started (setup()'s autostart or vim.lsp.enable('kata')): it
--- runs from the LspAttach autocmd that plugin/kata.lua registers.
function M.on_attach(client, bufnr)
  if inlay_enabled() and vim.lsp.inlay_hint then
    pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr })
  end
  if M.config.codelens and vim.lsp.codelens then
    local group = vim.api.nvim_create_augroup('kata_codelens_' .. bufnr, { clear = true })
    local function refresh()
      if vim.api.nvim_buf_is_valid(bufnr) then
        pcall(vim.lsp.codelens.refresh, { bufnr = bufnr })
      end
    end
    vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'BufWritePost', 'CursorHold' }, {
      group = group,
      buffer = bufnr,
      callback = refresh,
    })
    refresh()
  end
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

--- LspAttach: lenses, inlay hints and the user's on_attach for kata clients.
function M._lsp_attach(args)
  local client = args.data and vim.lsp.get_client_by_id(args.data.client_id)
  if client and client.name == 'kata' then
    M.on_attach(client, args.buf)
  end
end

--- How long Neovim waits after an edit before sending it: the server
--- answers a keystroke in about a millisecond, so Neovim's default (150 ms)
--- would be most of what the learner waits.
M.debounce_ms = 20

--- The handlers every kata client uses (also lsp/kata.lua's).
function M.handlers()
  return {
    ['window/showMessageRequest'] = function(...)
      return M._show_message_request(...)
    end,
    -- Hints, resets and results arrive as showMessage: route them through
    -- vim.notify so notification plugins show them.
    ['window/showMessage'] = function(_, result)
      if type(result) == 'table' and type(result.message) == 'string' then
        local levels = { vim.log.levels.ERROR, vim.log.levels.WARN, vim.log.levels.INFO, vim.log.levels.DEBUG }
        vim.notify(result.message, levels[result.type] or vim.log.levels.INFO, { title = 'kata' })
      end
      return vim.NIL
    end,
  }
end

--- The client configuration for a root (also used by lsp/kata.lua).
function M.client_config(root)
  local settings = vim.deepcopy(M.config.settings or {})
  local caps = vim.lsp.protocol.make_client_capabilities()
  caps.general = caps.general or {}
  caps.general.positionEncodings = { 'utf-8', 'utf-16' }
  if M.config.capabilities then
    caps = vim.tbl_deep_extend('force', caps, M.config.capabilities)
  end
  return {
    name = 'kata',
    cmd = M.cmd(),
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = settings,
    settings = { kata = settings },
    capabilities = caps,
    flags = { debounce_text_changes = M.debounce_ms },
    handlers = M.handlers(),
  }
end

--- Starts (or reuses) the kata server for a buffer. Returns the client id,
--- or nil when the buffer is not in a practice workspace.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = buf_path(bufnr)
  local root = path and M.root_dir(path)
  if not root then
    return nil
  end
  if vim.fn.executable(M.binary()) ~= 1 then
    if not M._warned_missing then
      M._warned_missing = true
      notify(
        ('`%s` is not executable: install kata (cargo install --locked --path server) or set `path` in setup()'):format(
          M.binary()
        ),
        vim.log.levels.WARN
      )
    end
    return nil
  end
  return vim.lsp.start(M.client_config(root), { bufnr = bufnr, reuse_client = M._reuse })
end

--- Reuse a running kata client of the same root, never one that is
--- stopping (Neovim's default would hand back a client about to go away).
function M._reuse(client, config)
  local stopped = client.is_stopped and client:is_stopped()
  return not stopped and client.name == config.name and client.root_dir == config.root_dir
end

--- Registers the autostart; safe to call more than once.
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(M.defaults), opts or {})
  M._warned_missing = false
  local group = vim.api.nvim_create_augroup('kata', { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.config.filetypes,
      callback = function(ev)
        M.attach(ev.buf)
      end,
    })
    -- Keep the statusline's test status fresh: refresh after each run.
    vim.api.nvim_create_autocmd('LspProgress', {
      group = group,
      callback = function(ev)
        local data = ev.data or {}
        local client = data.client_id and vim.lsp.get_client_by_id(data.client_id)
        local value = data.params and data.params.value
        if client and client.name == 'kata' and type(value) == 'table' and value.kind == 'end' then
          M.refresh_status(vim.api.nvim_get_current_buf())
        end
      end,
    })
    -- Buffers already open when setup() runs.
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
        M.attach(buf)
      end
    end
  end
  M._setup_done = true
end

-- ---------------------------------------------------------------------
-- Talking to the server
-- ---------------------------------------------------------------------

--- The kata client for a buffer (or any kata client), or nil.
function M.client(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  if bufnr then
    local c = get({ name = 'kata', bufnr = bufnr })[1]
    if c then
      return c
    end
  end
  return get({ name = 'kata' })[1]
end

--- A client for the current buffer, starting one for the current directory's
--- practice workspace when no kata buffer is open.
local function ensure_client(bufnr)
  local c = M.client(bufnr)
  if c then
    return c
  end
  -- A client just started is not listed by get_clients() until it has
  -- initialized: take it by its id.
  local started = bufnr and M.attach(bufnr)
  if started then
    return vim.lsp.get_client_by_id(started) or M.client(bufnr)
  end
  local root = M.root_dir(uv.cwd())
  if root and vim.fn.executable(M.binary()) == 1 then
    local id = vim.lsp.start(M.client_config(root), { attach = false, reuse_client = M._reuse })
    if id then
      return vim.lsp.get_client_by_id(id)
    end
  end
  return nil
end

local function send_on(client, method, params, bufnr, handler)
  -- Neovim 0.11 has client:request(); 0.10 has client.request().
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- How long a request waits for a client that is still initializing.
M.init_wait_ms = 10000

--- Sends once the client has answered `initialize`: a request sent before
--- that (`:Kata list` as the first command) is refused by the server.
local function request_on(client, method, params, bufnr, handler)
  if client.initialized then
    return send_on(client, method, params, bufnr, handler)
  end
  local waited = 0
  local function try()
    if client.initialized then
      if not send_on(client, method, params, bufnr, handler) then
        handler({ message = 'the kata language server is not running' })
      end
    elseif (client.is_stopped and client:is_stopped()) or waited >= M.init_wait_ms then
      handler({ message = 'the kata language server did not start (see :checkhealth kata)' })
    else
      waited = waited + 20
      vim.defer_fn(try, 20)
    end
  end
  vim.defer_fn(try, 0)
  return true
end

--- Sends a request and calls `cb(err, result)`. Errors without a client are
--- reported to `cb` too.
function M.request(method, params, cb, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = ensure_client(bufnr)
  if not client then
    cb({ message = 'no kata language server: open a file of a practice workspace (kata init DIR), or run :checkhealth kata' })
    return
  end
  local ok = request_on(client, method, params, bufnr, function(err, result)
    cb(err, result)
  end)
  if not ok then
    cb({ message = 'the kata language server is not running' })
  end
end

--- Synchronous variant for scripts and tests.
function M.request_sync(method, params, timeout_ms, bufnr)
  local done, err, res = false, nil, nil
  M.request(method, params, function(e, r)
    done, err, res = true, e, r
  end, bufnr)
  vim.wait(timeout_ms or 10000, function()
    return done
  end, 20)
  if not done then
    return nil, { message = method .. ': no answer within ' .. (timeout_ms or 10000) .. ' ms' }
  end
  return res, err
end

--- Our actions and the server commands behind them (docs/lsp-extensions.md).
--- A command the server does not announce is looked up by its last segment.
M.server_commands = {
  hint = 'kata.server.showHint',
  run = 'kata.server.runTests',
  reset = 'kata.server.reset',
  solution = 'kata.server.revealSolution',
  prompt = 'kata.server.openPrompt',
  next = 'kata.server.startNext',
}

function M.server_command(client, action)
  local wanted = M.server_commands[action]
  if not wanted then
    return nil
  end
  local caps = client.server_capabilities or {}
  local commands = (caps.executeCommandProvider or {}).commands or {}
  local last = wanted:match('([^.]+)$')
  for _, cmd in ipairs(commands) do
    if cmd == wanted then
      return cmd
    end
  end
  for _, cmd in ipairs(commands) do
    if cmd:match('%.' .. last .. '$') then
      return cmd
    end
  end
  return nil
end

--- What the server's results say, as text.
function M.message_of(result)
  if result == nil or result == vim.NIL then
    return nil
  end
  if type(result) == 'string' then
    return result
  end
  if type(result) == 'table' then
    for _, key in ipairs({ 'message', 'text', 'summary' }) do
      if type(result[key]) == 'string' then
        return result[key]
      end
    end
    return nil
  end
  return tostring(result)
end

--- A file of the kata `id` (its src/lib.rs) or of the current buffer's kata:
--- the URI the server commands take. Returns uri, id or nil, error.
function M.kata_uri(id, bufnr)
  local path = buf_path(bufnr) or uv.cwd()
  if id and id ~= '' then
    local ws = M.workspace_of_path(path)
    if not ws then
      return nil, 'no practice workspace around ' .. path .. ' (kata init DIR)'
    end
    local file = ws .. '/' .. id .. '/src/lib.rs'
    if not is_file(file) then
      return nil, ('kata `%s` is not started in %s (:Kata start %s)'):format(id, ws, id)
    end
    return vim.uri_from_fname(file), id
  end
  local crate, kid = M.kata_of_path(path)
  if not crate then
    return nil, 'not in a kata: open a file of a started kata, or give its id (:Kata hint ID)'
  end
  local file = buf_path(bufnr)
  if not file or not vim.startswith(normalize(file), crate) then
    file = crate .. '/src/lib.rs'
  end
  return vim.uri_from_fname(normalize(file)), kid
end

--- Answers to the server's next confirmation (window/showMessageRequest),
--- set by `:Kata! reset` and `:Kata! solution`.
M._auto_answer = nil

local function show_message_request(err, params, ctx, config)
  local answer = M._auto_answer
  if answer and params and params.actions then
    for _, action in ipairs(params.actions) do
      if action.title == answer then
        M._auto_answer = nil
        return action
      end
    end
  end
  local default = vim.lsp.handlers['window/showMessageRequest']
  return default(err, params, ctx, config)
end
M._show_message_request = show_message_request

--- Runs a server command (workspace/executeCommand) on the current kata, or
--- the started kata `id`. `cb(err, result)` is called with the answer.
function M.execute(action, id, cb, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  cb = cb or function() end
  local uri, kid_or_err = M.kata_uri(id, bufnr)
  -- startNext works without a current kata (it recommends one).
  if not uri and action ~= 'next' then
    notify(kid_or_err, vim.log.levels.ERROR)
    return cb({ message = kid_or_err })
  end
  local client = ensure_client(bufnr)
  if not client then
    local msg = 'no kata language server: open a file of a practice workspace, or run :checkhealth kata'
    notify(msg, vim.log.levels.ERROR)
    return cb({ message = msg })
  end
  local command = M.server_command(client, action)
  if not command then
    local msg = ('the server offers no `%s` command'):format(M.server_commands[action] or action)
    notify(msg, vim.log.levels.ERROR)
    return cb({ message = msg })
  end
  request_on(client, 'workspace/executeCommand', {
    command = command,
    arguments = uri and { uri } or {},
  }, bufnr, function(err, result)
    if err then
      notify(('%s: %s'):format(action, err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif action == 'run' and type(result) == 'table' and result.started then
      notify('running the tests of ' .. kid_or_err .. '…')
    end
    if action == 'reset' and not err and type(result) == 'table' and result.reset then
      M._reload_crate(uri)
    end
    -- Hints, resets and reveals are announced by the server itself
    -- (window/showMessage, window/showDocument).
    cb(err, result)
  end)
end

--- After a reset the files on disk are the starter: reload every buffer of
--- the kata's crate (the learner confirmed; their code is in the backup),
--- so a stale buffer cannot be saved over the reset.
function M._reload_crate(uri)
  local file = uri and vim.uri_to_fname(uri)
  local crate = file and M.kata_of_path(file)
  if not crate then
    return
  end
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    local name = vim.api.nvim_buf_get_name(b)
    if vim.api.nvim_buf_is_loaded(b) and name ~= '' and vim.startswith(normalize(name), crate .. '/') then
      vim.api.nvim_buf_call(b, function()
        vim.cmd('silent! edit!')
      end)
    end
  end
end

-- ---------------------------------------------------------------------
-- :Kata subcommands
-- ---------------------------------------------------------------------

local function open_scratch(name, lines)
  local buf = vim.fn.bufnr(name)
  if buf == -1 then
    buf = vim.api.nvim_create_buf(true, true)
    vim.api.nvim_buf_set_name(buf, name)
  end
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].bufhidden = 'hide'
  vim.bo[buf].buftype = 'nofile'
  vim.bo[buf].swapfile = false
  local win = vim.fn.bufwinid(buf)
  if win == -1 then
    vim.cmd('botright split')
    vim.api.nvim_win_set_buf(0, buf)
  else
    vim.api.nvim_set_current_win(win)
  end
  return buf
end

--- The last `kata/list` answer, for completion.
local list_cache = { at = 0, items = nil }

--- Lines of the `:Kata list` buffer for `kata/list` entries.
function M.format_list(items)
  local lines = { ('%-22s %-7s %-8s %-6s %s'):format('id', 'level', 'status', 'hints', 'title [topics]') }
  for _, k in ipairs(items or {}) do
    local topics = type(k.topics) == 'table' and table.concat(k.topics, ', ') or ''
    table.insert(
      lines,
      ('%-22s %-7s %-8s %-6s %s%s'):format(
        k.id or '?',
        k.difficulty or '',
        k.status or '',
        ('%d/%d'):format(k.hintsShown or 0, k.hintsTotal or 0),
        k.title or '',
        topics ~= '' and ('  [' .. topics .. ']') or ''
      )
    )
  end
  return lines
end

--- `:Kata list`: the catalogue in a scratch buffer; <CR> starts (or opens)
--- the kata under the cursor.
function M.list(cb)
  M.request('kata/list', vim.empty_dict(), function(err, result)
    if err then
      notify('list: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return cb and cb(err)
    end
    local items = type(result) == 'table' and result or {}
    list_cache = { at = uv.now(), items = items }
    local buf = open_scratch('kata://list', M.format_list(items))
    vim.keymap.set('n', '<CR>', function()
      local kid = vim.api.nvim_get_current_line():match('^(%S+)')
      if kid and kid ~= 'id' then
        M.start(kid)
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
  if not is_file(file) then
    return false
  end
  -- Leave the list buffer's window alone: open in the previous window.
  if vim.bo.buftype == 'nofile' and #vim.api.nvim_list_wins() > 1 then
    vim.cmd('wincmd p')
  end
  vim.cmd.edit(vim.fn.fnameescape(file))
  return true
end

--- `:Kata start ID`: scaffolds the kata (never overwrites) and opens its
--- src/lib.rs.
function M.start(id, cb)
  if not id or id == '' then
    notify('usage: :Kata start ID  (see :Kata list)', vim.log.levels.ERROR)
    return cb and cb({ message = 'no id' })
  end
  M.request('kata/start', { id = id }, function(err, result)
    if err then
      notify('start: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return cb and cb(err)
    end
    list_cache.at = 0
    result = type(result) == 'table' and result or {}
    open_uri(result.uri)
    if result.created == false then
      notify(('`%s` was already started: opened it (nothing was overwritten)'):format(result.id or id))
    else
      notify(('started `%s`: read its prompt with :Kata prompt; tests run on save'):format(result.id or id))
    end
    if cb then
      cb(nil, result)
    end
  end)
end

--- One line for a `kata/status` result.
function M.status_line(r)
  if type(r) ~= 'table' then
    return 'no status'
  end
  local parts = { ('%s (%s, %s)'):format(r.id or '?', r.difficulty or '?', r.status or '?') }
  local tests = r.tests or {}
  if tests.running then
    table.insert(parts, 'tests running')
  elseif type(tests.lastRun) == 'table' then
    table.insert(parts, tests.lastRun.summary or ('%d passed, %d failed'):format(tests.lastRun.passed or 0, tests.lastRun.failed or 0))
  elseif (tests.runs or 0) > 0 then
    table.insert(parts, ('last recorded run: %d passed, %d failed'):format(tests.recordedPassed or 0, tests.recordedFailed or 0))
  else
    table.insert(parts, 'tests not run yet (save to run them)')
  end
  if type(r.hints) == 'table' then
    table.insert(parts, ('hints %d/%d'):format(r.hints.shown or 0, r.hints.total or 0))
  end
  local targets = {}
  for _, t in ipairs(r.targets or {}) do
    table.insert(targets, ('%s: %s time%s'):format(t.item, t.time, (t.space and t.space ~= vim.NIL) and (', ' .. t.space .. ' space') or ''))
  end
  if #targets > 0 then
    table.insert(parts, 'targets ' .. table.concat(targets, '; '))
  end
  if r.revealed then
    table.insert(parts, 'solution revealed')
  end
  return table.concat(parts, ' · ')
end

--- Status of the current kata (or `id`), cached per kata crate for the
--- statusline.
M._status = {}

--- `:Kata status`.
function M.status(id, cb)
  local bufnr = vim.api.nvim_get_current_buf()
  local uri, kid_or_err = M.kata_uri(id, bufnr)
  if not uri then
    notify(kid_or_err, vim.log.levels.ERROR)
    return cb and cb({ message = kid_or_err })
  end
  M.request('kata/status', { uri = uri }, function(err, result)
    if err then
      notify('status: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    else
      M._status[kid_or_err] = result
      notify(M.status_line(result))
    end
    if cb then
      cb(err, result)
    end
  end, bufnr)
end

--- For 'statusline': "kata pair-sum 3/8" from the last known status of the
--- current buffer's kata (refreshed after every test run).
function M.statusline()
  local path = buf_path(0)
  local _, kid = M.kata_of_path(path)
  local r = kid and M._status[kid]
  if not r then
    return ''
  end
  local tests = r.tests or {}
  if tests.running then
    return 'kata ' .. kid .. ' …'
  end
  local last = type(tests.lastRun) == 'table' and tests.lastRun or nil
  if last then
    if last.solved then
      return 'kata ' .. kid .. ' ✓'
    end
    if (last.buildErrors or 0) > 0 then
      return 'kata ' .. kid .. ' ✗ build'
    end
    return ('kata %s %d/%d'):format(kid, last.passed or 0, (last.passed or 0) + (last.failed or 0))
  end
  return 'kata ' .. kid
end

--- Refreshes the status cache of a buffer's kata (after a test run ends).
function M.refresh_status(bufnr)
  local client = M.client(bufnr)
  local uri, kid = M.kata_uri(nil, bufnr)
  if not client or not uri then
    return
  end
  request_on(client, 'kata/status', { uri = uri }, bufnr, function(err, result)
    if not err and result then
      M._status[kid] = result
      vim.cmd('redrawstatus')
      vim.api.nvim_exec_autocmds('User', { pattern = 'KataStatus', modeline = false, data = result })
    end
  end)
end

--- `:Kata prompt`: the kata's README, through the server (which opens it
--- with window/showDocument), else straight from disk.
function M.prompt(id, cb)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.client(bufnr)
  if client and M.server_command(client, 'prompt') then
    return M.execute('prompt', id, cb, bufnr)
  end
  local uri, kid_or_err = M.kata_uri(id, bufnr)
  if uri then
    local readme = vim.fs.dirname(vim.fs.dirname(vim.uri_to_fname(uri))) .. '/README.md'
    if is_file(readme) then
      vim.cmd('vsplit ' .. vim.fn.fnameescape(readme))
      return cb and cb(nil, readme)
    end
  end
  notify(kid_or_err or 'no prompt found', vim.log.levels.ERROR)
  return cb and cb({ message = kid_or_err })
end

--- Runs `action` with the server's confirmation answered by `answer`.
local function confirmed(action, answer, id, bang)
  if bang then
    M._auto_answer = answer
  end
  M.execute(action, id, function()
    M._auto_answer = nil
  end)
end

M.subcommands = {
  list = function()
    M.list()
  end,
  start = function(args)
    M.start(args[1])
  end,
  next = function(args)
    M.execute('next', args[1])
  end,
  hint = function(args)
    M.execute('hint', args[1])
  end,
  run = function(args)
    M.execute('run', args[1])
  end,
  reset = function(args, bang)
    confirmed('reset', 'Reset', args[1], bang)
  end,
  solution = function(args, bang)
    confirmed('solution', 'Reveal', args[1], bang)
  end,
  status = function(args)
    M.status(args[1])
  end,
  prompt = function(args)
    M.prompt(args[1])
  end,
}

--- Entry point of the :Kata user command.
function M.command(opts)
  local args = vim.split(vim.trim(opts.args or ''), '%s+', { trimempty = true })
  local sub = table.remove(args, 1)
  local names = vim.tbl_keys(M.subcommands)
  table.sort(names)
  if not sub then
    notify('usage: :Kata {' .. table.concat(names, '|') .. '} [ID]', vim.log.levels.ERROR)
    return
  end
  local fn = M.subcommands[sub]
  if not fn then
    notify(('unknown subcommand `%s`; one of: %s'):format(sub, table.concat(names, ', ')), vim.log.levels.ERROR)
    return
  end
  fn(args, opts.bang)
end

function M.complete(arglead, cmdline)
  local words = vim.split(cmdline, '%s+', { trimempty = false })
  if #words <= 2 then
    local subs = vim.tbl_keys(M.subcommands)
    table.sort(subs)
    return vim.tbl_filter(function(s)
      return vim.startswith(s, arglead)
    end, subs)
  end
  -- Kata ids: from the last `kata/list`, refreshed when stale.
  if not list_cache.items or uv.now() - list_cache.at > 30000 then
    local res = M.request_sync('kata/list', vim.empty_dict(), 2000)
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

return M
