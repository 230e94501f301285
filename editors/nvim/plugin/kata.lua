-- kata.nvim: the :Kata command. The language server starts once
-- `require('kata').setup()` has run (see docs/editors.md).
if vim.g.loaded_kata then
  return
end
vim.g.loaded_kata = true

if vim.fn.has('nvim-0.10') ~= 1 then
  vim.api.nvim_echo({ { 'kata.nvim needs Neovim 0.10 or newer', 'WarningMsg' } }, true, {})
  return
end

vim.api.nvim_create_user_command('Kata', function(opts)
  require('kata').command(opts)
end, {
  nargs = '*',
  bang = true,
  desc = 'kata: list | start [ID] | next | hint | run | reset | solution | status | prompt | init [DIR] (none: pick)',
  complete = function(arglead, cmdline)
    return require('kata').complete(arglead, cmdline)
  end,
})

-- Lenses, inlay hints and on_attach for every kata client, however it was
-- started (setup() or vim.lsp.enable('kata')).
vim.api.nvim_create_autocmd('LspAttach', {
  group = vim.api.nvim_create_augroup('kata_attach', { clear = true }),
  callback = function(args)
    require('kata')._lsp_attach(args)
  end,
})
