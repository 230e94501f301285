--- kata.nvim's options: the defaults, what `setup(opts)` merged over them,
--- and what follows from them (the binary, the server's command line).
local C = {}

--- Defaults; `setup(opts)` merges `opts` over them.
C.defaults = {
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
  --- How kata's diagnostics are shown (`vim.diagnostic.config()` options
  --- for the kata client's namespace only). Neovim 0.11 shows no virtual
  --- text by default, so a failing run would only be a sign: the plugin
  --- shows kata's messages at the end of the line, unless your global
  --- config already shows virtual text or virtual lines. `false` leaves
  --- everything to your own `vim.diagnostic.config()`.
  diagnostics = { virtual_text = { spacing = 2, source = false } },
  --- Called as on_attach(client, bufnr) after the server attached.
  on_attach = nil,
  --- Extra client capabilities merged over Neovim's defaults.
  capabilities = nil,
}

--- The options in force. One table for the whole session: `set()` refills
--- it, so `require('kata').config` stays the same table after `setup()`.
C.options = vim.deepcopy(C.defaults)

--- Merges `opts` over the defaults into `C.options`.
function C.set(opts)
  local merged = vim.tbl_deep_extend('force', vim.deepcopy(C.defaults), opts or {})
  for k in pairs(C.options) do
    C.options[k] = nil
  end
  for k, v in pairs(merged) do
    C.options[k] = v
  end
end

--- The kata executable as configured (not resolved).
function C.binary()
  local path = C.options.path
  if path == nil or path == '' then
    path = vim.env.KATA_PATH
  end
  if path == nil or path == '' then
    path = 'kata'
  end
  return vim.fn.expand(path)
end

--- The command line that starts the server.
function C.cmd()
  local cmd = { C.binary(), 'lsp' }
  vim.list_extend(cmd, C.options.args or {})
  return cmd
end

--- Whether kata buffers show inlay hints.
function C.inlay_enabled()
  if C.options.inlay_hints ~= nil then
    return C.options.inlay_hints
  end
  local s = C.options.settings or {}
  return not (s.inlayHints and s.inlayHints.enable == false)
end

return C
