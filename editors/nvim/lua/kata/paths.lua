--- Where a file belongs: its kata crate (a Cargo.toml with
--- `[package.metadata.kata]`), its practice workspace (the directory with
--- `.kata/`), and so the root the server is started for. No IO beyond
--- stat and reading manifests.
local P = {}

local uv = vim.uv or vim.loop

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
function P.kata_id_of_manifest(manifest)
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

function P.is_dir(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == 'directory'
end

function P.is_file(path)
  local st = uv.fs_stat(path)
  return st ~= nil and st.type == 'file'
end

--- An absolute path with symlinks resolved (when it exists).
function P.normalize(path)
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
  path = P.normalize(path)
  local dir = P.is_dir(path) and path or vim.fs.dirname(path)
  while dir do
    local hit = found(dir)
    if hit then
      return dir, hit
    end
    local parent = vim.fs.dirname(dir)
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

--- The kata crate a file belongs to: (crate_dir, kata_id) or nil.
function P.kata_of_path(path)
  return find_up(path, function(dir)
    local manifest = dir .. '/Cargo.toml'
    return P.is_file(manifest) and P.kata_id_of_manifest(manifest) or nil
  end)
end

--- The practice workspace containing `path` (the directory with `.kata/`
--- and a Cargo.toml), or nil.
function P.workspace_of_path(path)
  return (find_up(path, function(dir)
    return P.is_dir(dir .. '/.kata') and P.is_file(dir .. '/Cargo.toml')
  end))
end

--- The server's root for a file: its practice workspace, else its kata
--- crate, else nil (the server is not started for this file).
function P.root_dir(path)
  local ws = P.workspace_of_path(path)
  if ws then
    return ws
  end
  local crate = P.kata_of_path(path)
  return crate
end

--- A buffer's file (nil for unnamed and `scheme://` buffers).
function P.buf_path(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or name:match('^%a[%w+.-]*://') then
    return nil
  end
  return name
end

--- A file of the kata `id` (its src/lib.rs) or of the current buffer's kata:
--- the URI the server commands take. Returns uri, id or nil, error.
function P.kata_uri(id, bufnr)
  local path = P.buf_path(bufnr) or uv.cwd()
  if id and id ~= '' then
    local ws = P.workspace_of_path(path)
    if not ws then
      return nil, 'no practice workspace around ' .. path .. ' (kata init DIR)'
    end
    local file = ws .. '/' .. id .. '/src/lib.rs'
    if not P.is_file(file) then
      return nil, ('kata `%s` is not started in %s (:Kata start %s)'):format(id, ws, id)
    end
    return vim.uri_from_fname(file), id
  end
  local crate, kid = P.kata_of_path(path)
  if not crate then
    return nil, 'not in a kata: open a file of a started kata, or give its id (:Kata hint ID)'
  end
  local file = P.buf_path(bufnr)
  if not file or not vim.startswith(P.normalize(file), crate) then
    file = crate .. '/src/lib.rs'
  end
  return vim.uri_from_fname(P.normalize(file)), kid
end

return P
