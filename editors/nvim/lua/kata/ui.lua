--- What the learner sees outside the language server's own UI:
--- notifications, the scratch buffer of `:Kata list`, the floating prompt,
--- the pickers, and the one-line status texts. No requests.
local U = {}

function U.notify(msg, level)
  vim.notify('kata: ' .. msg, level or vim.log.levels.INFO)
end

--- Shows `lines` in the scratch buffer `name` (created once), in a split.
function U.open_scratch(name, lines)
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

--- Lines of the `:Kata list` buffer for `kata/list` entries.
function U.format_list(items)
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

--- A `kata/list` entry as one picker line.
function U.kata_label(k)
  local topics = type(k.topics) == 'table' and table.concat(k.topics, ', ') or ''
  return ('%-20s %-6s %-8s %s%s'):format(
    k.id or '?',
    k.difficulty or '',
    k.status or '',
    k.title or '',
    topics ~= '' and ('  [' .. topics .. ']') or ''
  )
end

--- Shows `lines` (markdown) in a floating window over the editor; `q` and
--- <Esc> close it. Returns the buffer and the window.
function U.float(lines, title)
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].bufhidden = 'wipe'
  vim.bo[buf].filetype = 'markdown'
  local columns, rows = vim.o.columns, vim.o.lines
  local width = math.max(20, math.min(88, columns - 4))
  local height = math.max(3, math.min(#lines, rows - 6))
  local win = vim.api.nvim_open_win(buf, true, {
    relative = 'editor',
    width = width,
    height = height,
    row = math.max(0, math.floor((rows - height) / 2) - 1),
    col = math.max(0, math.floor((columns - width) / 2)),
    style = 'minimal',
    border = 'rounded',
    title = title and (' ' .. title .. ' ') or nil,
    title_pos = title and 'center' or nil,
  })
  vim.wo[win].wrap = true
  vim.wo[win].linebreak = true
  vim.wo[win].conceallevel = 2
  for _, key in ipairs({ 'q', '<Esc>' }) do
    vim.keymap.set('n', key, function()
      if vim.api.nvim_win_is_valid(win) then
        vim.api.nvim_win_close(win, true)
      end
    end, { buffer = buf, nowait = true, desc = 'kata: close' })
  end
  return buf, win
end

--- One line for a `kata/status` result.
function U.status_line(r)
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

--- The statusline item for kata `kid` and its last status (`kata/status`
--- or `kata/statusChanged`): `kata pair-sum 3/8`, `… ✓`, `… ✗ build`,
--- `… ⚠ too slow`, `… …` while testing, `… ⟳ measuring` while the probe runs.
function U.statusline_of(kid, r)
  local tests = r.tests or {}
  -- The probe runs in the run's slot: the run is still `running` then.
  if r.measuring == true then
    return 'kata ' .. kid .. ' ⟳ measuring'
  end
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
    if last.status == 'too-slow' then
      return 'kata ' .. kid .. ' ⚠ too slow'
    end
    return ('kata %s %d/%d'):format(kid, last.passed or 0, (last.passed or 0) + (last.failed or 0))
  end
  return 'kata ' .. kid
end

return U
