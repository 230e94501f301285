--- Where a file belongs before any server runs: its practice workspace
--- (the directory with `.kata/`), and so the root the server is started
--- for. Which kata a file is part of is the server's answer
--- (`kata/statusChanged`, kata.status), not ours: nothing here reads a
--- Cargo.toml inside a practice workspace.
local P = {}

local uv = vim.uv or vim.loop

--- Whether a Cargo.toml declares a kata (`[package.metadata.kata]`, or
--- `metadata.kata = {...}`): only asked for a file outside any practice
--- workspace, to decide whether to start a server for that crate at all.
--- Which kata it is, the server says.
local function declares_kata(manifest)
  local fd = io.open(manifest, 'r')
  if not fd then
    return false
  end
  local text = fd:read('*a')
  fd:close()
  return text:find('[package.metadata.kata]', 1, true) ~= nil or text:find('metadata%.kata%s*=%s*{') ~= nil
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

--- A kata crate outside any practice workspace holding `path` (the
--- nearest crate whose Cargo.toml declares a kata), or nil.
function P.lone_kata_crate(path)
  return (find_up(path, function(dir)
    local manifest = dir .. '/Cargo.toml'
    return P.is_file(manifest) and declares_kata(manifest)
  end))
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
  return P.workspace_of_path(path) or P.lone_kata_crate(path)
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

--- The src/lib.rs of the kata `id` started in the practice workspace
--- around `path` (`kata start` puts it in `<workspace>/<id>/`). Returns
--- uri or nil, error.
function P.started_kata_uri(id, path)
  local ws = P.workspace_of_path(path)
  if not ws then
    return nil, 'no practice workspace around ' .. path .. ' (kata init DIR)'
  end
  local file = ws .. '/' .. id .. '/src/lib.rs'
  if not P.is_file(file) then
    return nil, ('kata `%s` is not started in %s (:Kata start %s)'):format(id, ws, id)
  end
  return vim.uri_from_fname(file)
end

return P
