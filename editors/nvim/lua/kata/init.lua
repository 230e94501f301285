--- kata.nvim: Neovim client for the kata language server (`kata lsp`).
---
--- `require('kata').setup(opts)` starts `kata lsp` for Rust files inside a
--- kata practice workspace (the directory holding `.kata/`, or a crate whose
--- Cargo.toml has `[package.metadata.kata]`). It runs next to rust-analyzer:
--- both attach to the same buffers, kata adds its own diagnostics (source
--- "kata"), hovers, code lenses, code actions and inlay hints.
---
--- `:Kata {list|start [ID]|next|hint|run|reset|solution|status|prompt|init [DIR]}`
--- (or `:Kata` alone: a picker of these) drives the
--- server's custom requests and commands (docs/lsp-extensions.md).
---
--- The modules, one concern each: kata.config (options), kata.paths (root
--- detection), kata.client (the LSP client, requests, server commands),
--- kata.status (the statuses the server pushes, `kata/statusChanged`),
--- kata.commands (:Kata), kata.ui (what is shown). This one wires them
--- and keeps the public API in one place.
local M = {}

local config = require('kata.config')
local paths = require('kata.paths')
local client = require('kata.client')
local commands = require('kata.commands')
local status = require('kata.status')
local ui = require('kata.ui')

M.defaults = config.defaults
--- The options in force (the same table before and after setup()).
M.config = config.options
M.binary = config.binary
M.cmd = config.cmd

M.workspace_of_path = paths.workspace_of_path
M.root_dir = paths.root_dir

M.debounce_ms = client.debounce_ms
M.handlers = client.handlers
M.client_config = client.client_config
M.add_capabilities = client.add_capabilities
M.attach = client.attach
M.client = client.client
M.request = client.request
M.request_sync = client.request_sync
M.server_commands = client.server_commands
M.server_command = client.server_command
M.message_of = client.message_of
M.execute = client.execute
M.resolve = client.resolve

M.format_list = ui.format_list
M.status_line = ui.status_line

M.list = commands.list
M.start = commands.start
M.status = commands.status
M.statusline = commands.statusline
M.prompt = commands.prompt
M.init = commands.init
M.pick_kata = commands.pick_kata
M.pick_action = commands.pick_action
M.subcommands = commands.subcommands
M.command = commands.command
M.complete = commands.complete
--- The status the server last pushed for each kata, by crate directory.
M._status = status.by_crate
--- The last status of the kata a file (path) or buffer (number) belongs to.
function M.status_of(file_or_buf)
  if type(file_or_buf) == 'number' then
    return status.of_buf(file_or_buf)
  end
  return status.of_path(file_or_buf)
end

--- What the plugin does when a kata client attaches to a buffer, whichever
--- way it was started (setup()'s autostart or vim.lsp.enable('kata')): it
--- runs from the LspAttach autocmd that plugin/kata.lua registers.
function M.on_attach(c, bufnr)
  local opts = config.options
  M.show_diagnostics(c)
  if config.inlay_enabled() and vim.lsp.inlay_hint then
    pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr })
  end
  if opts.codelens and vim.lsp.codelens then
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
  if opts.on_attach then
    opts.on_attach(c, bufnr)
  end
end

--- Applies the `diagnostics` option to the kata client's namespace, when
--- the global config shows neither virtual text nor virtual lines (0.11's
--- default): the failing tests named in src/lib.rs are then readable
--- without opening a float.
function M.show_diagnostics(c)
  local opts = config.options.diagnostics
  if not opts or not vim.lsp.diagnostic.get_namespace then
    return
  end
  local global = vim.diagnostic.config() or {}
  if global.virtual_text or global.virtual_lines then
    return
  end
  vim.diagnostic.config(opts, vim.lsp.diagnostic.get_namespace(c.id, false))
end

--- LspAttach: lenses, inlay hints and the user's on_attach for kata clients.
function M._lsp_attach(args)
  local c = args.data and vim.lsp.get_client_by_id(args.data.client_id)
  if c and c.name == 'kata' then
    M.on_attach(c, args.buf)
  end
end

--- Registers the autostart; safe to call more than once.
function M.setup(opts)
  config.set(opts)
  client.warned_missing = false
  local group = vim.api.nvim_create_augroup('kata', { clear = true })
  if config.options.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = config.options.filetypes,
      callback = function(ev)
        client.attach(ev.buf)
      end,
    })
    -- Buffers already open when setup() runs.
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(config.options.filetypes, vim.bo[buf].filetype) then
        client.attach(buf)
      end
    end
  end
  M._setup_done = true
end

return M
