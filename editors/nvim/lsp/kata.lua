-- Neovim 0.11+ `vim.lsp.config` entry: `vim.lsp.enable('kata')` starts the
-- kata language server for Rust files in a practice workspace, without
-- calling setup(). Settings from `require('kata').setup(opts)` apply too.
local kata = require('kata')

return {
  cmd = function(dispatchers)
    return vim.lsp.rpc.start(kata.cmd(), dispatchers)
  end,
  filetypes = { 'rust' },
  -- Lenses, inlay hints and on_attach come from the LspAttach autocmd of
  -- plugin/kata.lua, the same for setup() and vim.lsp.enable('kata').
  handlers = kata.handlers(),
  flags = { debounce_text_changes = kata.debounce_ms },
  root_dir = function(bufnr, on_dir)
    local name = vim.api.nvim_buf_get_name(bufnr)
    local root = name ~= '' and kata.root_dir(name) or nil
    if root then
      on_dir(root)
    end
  end,
  before_init = function(params, config)
    local settings = vim.deepcopy(kata.config.settings or {})
    params.initializationOptions = settings
    config.settings = { kata = settings }
    -- UTF-8 positions and the pushed status (kata/statusChanged).
    kata.add_capabilities(params.capabilities)
  end,
}
