--- The kata language-server client: how it is configured and started, and
--- how requests and server commands reach it (docs/lsp-extensions.md).
local L = {}

local uv = vim.uv or vim.loop
local config = require('kata.config')
local paths = require('kata.paths')
local status = require('kata.status')
local ui = require('kata.ui')

--- How long Neovim waits after an edit before sending it: the server
--- answers a keystroke in about a millisecond, so Neovim's default (150 ms)
--- would be most of what the learner waits.
L.debounce_ms = 20

--- How long a request waits for a client that is still initializing.
L.init_wait_ms = 10000

--- Answers to the server's next confirmation (window/showMessageRequest),
--- set by `:Kata! reset` and `:Kata! solution`.
L.auto_answer = nil

function L.show_message_request(err, params, ctx, cfg)
  local answer = L.auto_answer
  if answer and params and params.actions then
    for _, action in ipairs(params.actions) do
      if action.title == answer then
        L.auto_answer = nil
        return action
      end
    end
  end
  local default = vim.lsp.handlers['window/showMessageRequest']
  return default(err, params, ctx, cfg)
end

--- The handlers every kata client uses (also lsp/kata.lua's).
function L.handlers()
  return {
    ['window/showMessageRequest'] = function(...)
      return L.show_message_request(...)
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
    -- The kata's whole status, pushed whenever it may have changed.
    ['kata/statusChanged'] = function(_, params, ctx)
      if type(params) == 'table' then
        status.update(params)
        L.refresh_lenses(ctx and ctx.client_id, status.crate_dir(params))
      end
      return vim.NIL
    end,
  }
end

--- Asks the kata client `client_id` for the code lenses of the buffers of
--- the crate `crate_dir` again: they show the kata's test status and the
--- hints shown, which a pushed status says changed. Neovim (0.11) does not
--- take `workspace/codeLens/refresh` from the server, so without this the
--- lenses would keep saying `⟳ testing…` until the cursor rests.
function L.refresh_lenses(client_id, crate_dir)
  local c = client_id and vim.lsp.get_client_by_id(client_id)
  if not (c and crate_dir and config.options.codelens and vim.lsp.codelens) then
    return
  end
  for buf in pairs(c.attached_buffers or {}) do
    local file = vim.api.nvim_buf_is_loaded(buf) and paths.buf_path(buf)
    if file and vim.startswith(paths.normalize(file), crate_dir .. '/') then
      local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
      L.request_on(c, 'textDocument/codeLens', params, buf, vim.lsp.codelens.on_codelens)
    end
  end
end

--- What every kata client asks of the server on top of Neovim's
--- capabilities (also lsp/kata.lua's): UTF-8 positions, and the pushed
--- status (`kata/statusChanged`) instead of polling `kata/status`.
function L.add_capabilities(caps)
  caps.general = caps.general or {}
  caps.general.positionEncodings = { 'utf-8', 'utf-16' }
  caps.experimental = caps.experimental or {}
  caps.experimental.kataStatusNotification = true
  return caps
end

--- The client configuration for a root (also used by lsp/kata.lua).
function L.client_config(root)
  local opts = config.options
  local settings = vim.deepcopy(opts.settings or {})
  local caps = L.add_capabilities(vim.lsp.protocol.make_client_capabilities())
  if opts.capabilities then
    caps = vim.tbl_deep_extend('force', caps, opts.capabilities)
  end
  return {
    name = 'kata',
    cmd = config.cmd(),
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = settings,
    settings = { kata = settings },
    capabilities = caps,
    flags = { debounce_text_changes = L.debounce_ms },
    handlers = L.handlers(),
  }
end

--- Reuse a running kata client of the same root, never one that is
--- stopping (Neovim's default would hand back a client about to go away).
function L.reuse(client, cfg)
  local stopped = client.is_stopped and client:is_stopped()
  return not stopped and client.name == cfg.name and client.root_dir == cfg.root_dir
end

--- Set once the missing binary was reported (once per setup()).
L.warned_missing = false

--- Starts (or reuses) the kata server for a buffer. Returns the client id,
--- or nil when the buffer is not in a practice workspace.
function L.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = paths.buf_path(bufnr)
  local root = path and paths.root_dir(path)
  if not root then
    return nil
  end
  if vim.fn.executable(config.binary()) ~= 1 then
    if not L.warned_missing then
      L.warned_missing = true
      ui.notify(
        ('`%s` is not executable: install kata (cargo install --locked --path server) or set `path` in setup()'):format(
          config.binary()
        ),
        vim.log.levels.WARN
      )
    end
    return nil
  end
  return vim.lsp.start(L.client_config(root), { bufnr = bufnr, reuse_client = L.reuse })
end

--- The kata client for a buffer (or any kata client), or nil.
function L.client(bufnr)
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
function L.ensure_client(bufnr)
  local c = L.client(bufnr)
  if c then
    return c
  end
  -- A client just started is not listed by get_clients() until it has
  -- initialized: take it by its id.
  local started = bufnr and L.attach(bufnr)
  if started then
    return vim.lsp.get_client_by_id(started) or L.client(bufnr)
  end
  local root = paths.root_dir(uv.cwd())
  if root and vim.fn.executable(config.binary()) == 1 then
    local id = vim.lsp.start(L.client_config(root), { attach = false, reuse_client = L.reuse })
    if id then
      return vim.lsp.get_client_by_id(id)
    end
  end
  return nil
end

--- The kata client of a practice workspace `root`, started (without a
--- buffer) when there is none: `:Kata init` talks to the new workspace
--- whatever the current buffer belongs to.
function L.client_for_root(root)
  for _, c in ipairs(vim.lsp.get_clients({ name = 'kata' })) do
    if c.root_dir == root and not (c.is_stopped and c:is_stopped()) then
      return c
    end
  end
  if vim.fn.executable(config.binary()) ~= 1 then
    return nil
  end
  local id = vim.lsp.start(L.client_config(root), { attach = false, reuse_client = L.reuse })
  return id and vim.lsp.get_client_by_id(id) or nil
end

local function send_on(client, method, params, bufnr, handler)
  -- Neovim 0.11 has client:request(); 0.10 has client.request().
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Sends once the client has answered `initialize`: a request sent before
--- that (`:Kata list` as the first command) is refused by the server.
function L.request_on(client, method, params, bufnr, handler)
  if client.initialized then
    return send_on(client, method, params, bufnr, handler)
  end
  local waited = 0
  local function try()
    if client.initialized then
      if not send_on(client, method, params, bufnr, handler) then
        handler({ message = 'the kata language server is not running' })
      end
    elseif (client.is_stopped and client:is_stopped()) or waited >= L.init_wait_ms then
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
--- `on` (optional) is the client to ask instead of the buffer's.
function L.request(method, params, cb, bufnr, on)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = on or L.ensure_client(bufnr)
  if not client then
    cb({ message = 'no kata language server: open a file of a practice workspace (kata init DIR), or run :checkhealth kata' })
    return
  end
  local ok = L.request_on(client, method, params, bufnr, function(err, result)
    cb(err, result)
  end)
  if not ok then
    cb({ message = 'the kata language server is not running' })
  end
end

--- Synchronous variant for scripts and tests.
function L.request_sync(method, params, timeout_ms, bufnr)
  local done, err, res = false, nil, nil
  L.request(method, params, function(e, r)
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
L.server_commands = {
  hint = 'kata.server.showHint',
  run = 'kata.server.runTests',
  reset = 'kata.server.reset',
  solution = 'kata.server.revealSolution',
  prompt = 'kata.server.openPrompt',
  next = 'kata.server.startNext',
}

function L.server_command(client, action)
  local wanted = L.server_commands[action]
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
function L.message_of(result)
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

--- After a reset the files on disk are the starter: reload every buffer of
--- the kata's crate (the learner confirmed; their code is in the backup),
--- so a stale buffer cannot be saved over the reset.
function L.reload_crate(uri)
  local crate = uri and status.crate_dir(status.of_path(vim.uri_to_fname(uri)))
  if not crate then
    return
  end
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    local name = vim.api.nvim_buf_get_name(b)
    if vim.api.nvim_buf_is_loaded(b) and name ~= '' and vim.startswith(paths.normalize(name), crate .. '/') then
      vim.api.nvim_buf_call(b, function()
        vim.cmd('silent! edit!')
      end)
    end
  end
end

--- The kata a command acts on: the kata `id` (started in the current
--- workspace), else the current buffer's (or, without a file, the current
--- directory's). Calls `cb(nil, kata)` with kata = { uri, id, status? }, or
--- `cb(message)`. Which kata a file belongs to is what the server pushed
--- (kata.status); only when it has not pushed it yet (a command right after
--- the file opened) is `kata/status` asked.
function L.resolve(id, bufnr, cb)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = paths.buf_path(bufnr) or uv.cwd()
  if id and id ~= '' then
    local known = status.by_id(id, path)
    if known then
      return cb(nil, { uri = known.uri, id = known.id, status = known })
    end
    local uri, err = paths.started_kata_uri(id, path)
    if not uri then
      return cb(err)
    end
    return cb(nil, { uri = uri, id = id })
  end
  local known = status.of_path(path)
  if known then
    return cb(nil, { uri = known.uri, id = known.id, status = known })
  end
  local not_in_kata = 'not in a kata: open a file of a started kata, or give its id (:Kata hint ID)'
  local c = paths.root_dir(path) and L.ensure_client(bufnr)
  if not c then
    return cb(not_in_kata)
  end
  local uri = vim.uri_from_fname(paths.normalize(path))
  L.request_on(c, 'kata/status', { uri = uri }, bufnr, function(err, result)
    if err or type(result) ~= 'table' or not status.crate_dir(result) then
      return cb(not_in_kata)
    end
    status.update(result)
    cb(nil, { uri = result.uri, id = result.id, status = result })
  end)
end

--- Runs a server command (workspace/executeCommand) on the current kata, or
--- the started kata `id`. `cb(err, result)` is called with the answer.
function L.execute(action, id, cb, bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  cb = cb or function() end
  L.resolve(id, bufnr, function(not_found, kata)
    -- startNext works without a current kata (it recommends one).
    if not_found and action ~= 'next' then
      ui.notify(not_found, vim.log.levels.ERROR)
      return cb({ message = not_found })
    end
    local uri = kata and kata.uri
    local client = L.ensure_client(bufnr)
    if not client then
      local msg = 'no kata language server: open a file of a practice workspace, or run :checkhealth kata'
      ui.notify(msg, vim.log.levels.ERROR)
      return cb({ message = msg })
    end
    local command = L.server_command(client, action)
    if not command then
      local msg = ('the server offers no `%s` command'):format(L.server_commands[action] or action)
      ui.notify(msg, vim.log.levels.ERROR)
      return cb({ message = msg })
    end
    L.request_on(client, 'workspace/executeCommand', {
      command = command,
      arguments = uri and { uri } or {},
    }, bufnr, function(err, result)
      if err then
        ui.notify(('%s: %s'):format(action, err.message or vim.inspect(err)), vim.log.levels.ERROR)
      elseif action == 'run' and type(result) == 'table' and result.started then
        ui.notify('running the tests of ' .. kata.id .. '…')
      end
      if action == 'reset' and not err and type(result) == 'table' and result.reset then
        L.reload_crate(uri)
      end
      -- Hints, resets and reveals are announced by the server itself
      -- (window/showMessage, window/showDocument).
      cb(err, result)
    end)
  end)
end

return L
