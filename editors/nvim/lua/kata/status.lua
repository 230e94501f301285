--- What the server pushed (`kata/statusChanged`, docs/lsp-extensions.md):
--- the last status of each kata, by its crate, and so which kata a file
--- belongs to. The server pushes a kata's whole status whenever it may have
--- changed (a file of it opened, a run started, measuring, ended, a hint
--- shown, a reset, a reveal, a start), so the plugin neither polls
--- `kata/status` nor reads Cargo.toml to know which kata a file is part of:
--- the status's `crateUri` says it. No requests here.
local S = {}

local paths = require('kata.paths')

--- The last pushed status of each kata, by its crate directory (a
--- normalized path): two workspaces may both hold a `pair-sum`.
S.by_crate = {}

--- The crate directory of a status (its `crateUri` as a normalized path).
function S.crate_dir(status)
  local uri = type(status) == 'table' and status.crateUri
  if type(uri) ~= 'string' or uri == '' then
    return nil
  end
  return paths.normalize(vim.uri_to_fname(uri))
end

--- The status of the kata a file (or directory) belongs to: the one whose
--- crate directory holds it, the innermost when crates nest.
function S.of_path(path)
  if path == nil or path == '' then
    return nil
  end
  path = paths.normalize(path)
  local best, best_len = nil, -1
  for dir, status in pairs(S.by_crate) do
    if (path == dir or vim.startswith(path, dir .. '/')) and #dir > best_len then
      best, best_len = status, #dir
    end
  end
  return best
end

--- The status of a buffer's kata (nil for a buffer without a file).
function S.of_buf(bufnr)
  return S.of_path(paths.buf_path(bufnr))
end

--- The status of the kata `id`, preferring the one in the practice
--- workspace around `near` (a path) when several workspaces have it.
function S.by_id(id, near)
  local ws = near and paths.workspace_of_path(near)
  local any
  for dir, status in pairs(S.by_crate) do
    if status.id == id then
      if ws and vim.startswith(dir, ws .. '/') then
        return status
      end
      any = any or status
    end
  end
  return any
end

--- Keeps a pushed (or, before the first push, requested) status and
--- shows it: the statusline is redrawn and `User KataStatus` fires with the
--- status as `data`.
function S.update(status)
  local dir = S.crate_dir(status)
  if not dir then
    return
  end
  S.by_crate[dir] = status
  vim.cmd('redrawstatus')
  vim.api.nvim_exec_autocmds('User', { pattern = 'KataStatus', modeline = false, data = status })
end

return S
