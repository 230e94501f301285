-- :checkhealth kata
local M = {}

local health = vim.health

local function run(cmd)
  local ok, obj = pcall(function()
    return vim.system(cmd, { text = true }):wait(5000)
  end)
  if not ok then
    return nil, tostring(obj)
  end
  if obj.code ~= 0 then
    return nil, vim.trim((obj.stderr or '') .. (obj.stdout or '')) .. (' (exit %d)'):format(obj.code)
  end
  return vim.trim(obj.stdout or '')
end

function M.check()
  local kata = require('kata')

  health.start('kata: Neovim')
  local v = vim.version()
  local vs = ('%d.%d.%d'):format(v.major, v.minor, v.patch)
  if vim.fn.has('nvim-0.10') == 1 then
    health.ok('Neovim ' .. vs)
  else
    health.error('Neovim ' .. vs .. ': kata.nvim needs 0.10 or newer')
  end
  if kata._setup_done then
    health.ok('setup() has run (autostart: ' .. tostring(kata.config.autostart) .. ')')
  else
    health.warn("setup() has not run: the server does not start by itself", {
      "add `require('kata').setup()` to your init.lua",
    })
  end

  health.start('kata: binary')
  local bin = kata.binary()
  local exe = vim.fn.exepath(bin)
  if exe == '' then
    health.error(('`%s` not found'):format(bin), {
      'install it: cargo install --locked --path server (from the kata repository)',
      "or point setup({ path = '/path/to/kata' }) or $KATA_PATH at it",
    })
  else
    health.ok('binary: ' .. exe)
    local out, err = run({ exe, '--version' })
    if out then
      health.ok('version: ' .. out)
    else
      health.error('`' .. exe .. ' --version` failed: ' .. (err or '?'))
    end
  end

  -- The tests run with cargo: without it a save only gets the as-you-type
  -- checks.
  health.start('kata: cargo')
  local cargo = vim.fn.exepath('cargo')
  if cargo == '' then
    health.error('`cargo` not found: the tests of a kata cannot run', {
      'install a Rust toolchain: https://rustup.rs',
      'start Neovim from a shell whose PATH has ~/.cargo/bin',
    })
  else
    local out, err = run({ cargo, '--version' })
    if out then
      health.ok(('cargo: %s (%s)'):format(cargo, out))
    else
      health.error('`' .. cargo .. ' --version` failed: ' .. (err or '?'))
    end
  end

  if exe ~= '' then
    -- What protects the machine from learner code: the same lines as
    -- `kata doctor` prints in a terminal.
    health.start('kata: protections (kata doctor)')
    local out = run({ exe, 'doctor' })
    for line in vim.gsplit(out or '', '\n', { plain = true, trimempty = true }) do
      local what, text = line:match('^(%a[%a ]-):%s+(.*)$')
      if what and vim.tbl_contains({ 'pid namespace', 'landlock', 'cgroups', 'limits', 'environment' }, what) then
        local label = what .. ': ' .. text
        if text:match('^active') or text:match('^ABI %d+, active') or text:match('^scrubbed') then
          health.ok(label)
        elseif what == 'cgroups' or what == 'limits' then
          health.info(label)
        else
          health.warn(label)
        end
      end
    end
  end

  health.start('kata: workspace')
  -- :checkhealth opens its own buffer: look at the file buffers too.
  local places, seen = {}, {}
  local function add(p)
    if p and p ~= '' and not p:match('^%a[%w+.-]*://') and not seen[p] then
      seen[p] = true
      table.insert(places, p)
    end
  end
  add(vim.api.nvim_buf_get_name(vim.api.nvim_get_current_buf()))
  local alt = vim.fn.bufnr('#')
  if alt > 0 then
    add(vim.api.nvim_buf_get_name(alt))
  end
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'rust' then
      add(vim.api.nvim_buf_get_name(buf))
    end
  end
  add((vim.uv or vim.loop).cwd())
  local workspaces, katas = {}, {}
  for _, p in ipairs(places) do
    local ws = kata.workspace_of_path(p)
    if ws and not workspaces[ws] then
      workspaces[ws] = true
      health.ok('practice workspace: ' .. ws)
    end
    -- Which kata a file belongs to is what the server said.
    local s = kata.status_of(p)
    local crate = s and require('kata.status').crate_dir(s)
    if crate and not katas[crate] then
      katas[crate] = true
      health.ok(('kata: %s (%s)'):format(s.id or '?', crate))
    end
  end
  if next(workspaces) == nil and next(katas) == nil then
    health.info('no practice workspace around ' .. places[#places] .. ' or the open files (create one: kata init DIR)')
  end

  health.start('kata: language server')
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local clients = get({ name = 'kata' })
  if #clients == 0 then
    health.info('no kata client running (it starts when you open a Rust file of a practice workspace)')
  end
  for _, c in ipairs(clients) do
    local info = c.server_info or {}
    health.ok(
      ('client %d: %s %s, root %s, %d buffer(s)'):format(
        c.id,
        info.name or 'kata',
        info.version or '',
        c.root_dir or c.config.root_dir or '?',
        vim.tbl_count(c.attached_buffers or {})
      )
    )
    local experimental = (c.server_capabilities or {}).experimental
    local pushed = type(experimental) == 'table' and experimental.kataNotifications or {}
    if c.initialized and not vim.tbl_contains(pushed, 'kata/statusChanged') then
      health.warn(('client %d: the server does not push kata/statusChanged: the statusline stays empty'):format(c.id), {
        'install a newer kata (cargo install --locked --path server)',
      })
    end
  end
  local ra = get({ name = 'rust_analyzer' })
  if #ra == 0 then
    ra = get({ name = 'rust-analyzer' })
  end
  if #ra > 0 then
    health.ok('rust-analyzer is running alongside')
  elseif vim.fn.executable('rust-analyzer') == 1 then
    health.info('rust-analyzer is installed; configure it separately for completion and type checking')
  end
end

return M
