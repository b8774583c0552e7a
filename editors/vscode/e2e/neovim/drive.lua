-- Drives Neovim's own LSP client (vim.lsp.buf.*) on the workspace that e2e/neovim.e2e.ts made, after the
-- init.lua snippet of docs/editors.md started `newsdsl lsp` for the .news buffer. Writes what it saw to
-- $NEWSDSL_NVIM_RESULTS as JSON (the node test asserts on it) and quits. Each step records its own error,
-- so one failure does not hide the others.

local results = { steps = {}, errors = {} }
local timeout = tonumber(vim.env.NEWSDSL_NVIM_TIMEOUT_MS or '60000')

local function step(name, fn)
  local ok, err = pcall(fn)
  if not ok then
    results.errors[name] = tostring(err)
  end
end

-- The steps run in a coroutine that yields back to Neovim's main loop while it waits, so that Neovim
-- goes on reading typed keys (insert mode, Ctrl-X Ctrl-O) and the server's answers meanwhile.
local function wait(what, condition)
  local deadline = vim.loop.now() + timeout
  local co = coroutine.running()
  while not condition() do
    if vim.loop.now() > deadline then
      error('timed out waiting for ' .. what)
    end
    vim.defer_fn(function()
      coroutine.resume(co)
    end, 50)
    coroutine.yield()
  end
end

-- Diagnostics as the Problems panel and the CLI have them: 1-based line, 1-based column in UTF-16 code
-- units (vim.diagnostic keeps byte columns), the ID, the severity word and the message.
local severity_words = { 'error', 'warning', 'info', 'hidden' }
local function diagnostics_of(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(line, math.min(d.col, #line))
    table.insert(out, {
      line = d.lnum + 1,
      column = utf16 + 1,
      id = d.code,
      severity = severity_words[d.severity],
      message = d.message,
    })
  end
  return out
end

-- Waits until the buffer's diagnostics have stopped changing for a moment (the server may publish twice).
local function settled_diagnostics(bufnr)
  wait('diagnostics for ' .. vim.api.nvim_buf_get_name(bufnr), function()
    return #vim.diagnostic.get(bufnr) > 0
  end)
  local last = vim.inspect(diagnostics_of(bufnr))
  local stable_since = vim.loop.now()
  wait('settled diagnostics', function()
    local now = vim.inspect(diagnostics_of(bufnr))
    if now ~= last then
      last = now
      stable_since = vim.loop.now()
    end
    return vim.loop.now() - stable_since > 1500
  end)
  return diagnostics_of(bufnr)
end

local function cursor_to(pattern, offset)
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  local row = vim.fn.search(pattern, 'cW')
  if row == 0 then
    error('no ' .. pattern .. ' in the buffer')
  end
  local col = vim.api.nvim_win_get_cursor(0)[2]
  vim.api.nvim_win_set_cursor(0, { row, col + (offset or 0) })
end

local function main()
local broken = vim.api.nvim_get_current_buf()
local seed_name = vim.env.NEWSDSL_NVIM_SEED

step('attach', function()
  wait('the newsdsl client to attach', function()
    return #vim.lsp.buf_get_clients(broken) > 0
  end)
  local client = vim.lsp.buf_get_clients(broken)[next(vim.lsp.buf_get_clients(broken))]
  results.steps.client = { name = client.name, cmd = client.config.cmd }
end)

step('diagnostics', function()
  results.steps.diagnostics = {}
  results.steps.diagnostics[vim.fn.fnamemodify(vim.api.nvim_buf_get_name(broken), ':t')] = settled_diagnostics(broken)
  vim.cmd('edit ' .. vim.fn.fnameescape(seed_name))
  local seed = vim.api.nvim_get_current_buf()
  results.steps.diagnostics[vim.fn.fnamemodify(seed_name, ':t')] = settled_diagnostics(seed)
  vim.cmd('buffer ' .. broken)
end)

step('hover', function()
  cursor_to('{@engineer', 4)
  vim.lsp.buf.hover()
  local lines
  wait('the hover window', function()
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= '' then
        lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
        return #lines > 0
      end
    end
    return false
  end)
  results.steps.hover = lines
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then
      vim.api.nvim_win_close(win, true)
    end
  end
end)

step('completion', function()
  -- As a writer does it: append ` [the works]{@` to a line in insert mode and ask for completion with
  -- Ctrl-X Ctrl-O (the snippet sets omnifunc to vim.lsp.omnifunc); the answer fills the popup menu.
  cursor_to('^The harbour bridge will close')
  local keys = vim.api.nvim_replace_termcodes('A [the works]{@<C-x><C-o>', true, false, true)
  vim.api.nvim_feedkeys(keys, 'nt', false)
  local items
  wait('the completion popup', function()
    items = vim.fn.complete_info({ 'items' }).items
    return items ~= nil and #items > 0
  end)
  results.steps.completion = vim.tbl_map(function(item)
    return item.word
  end, items)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<C-e><Esc>', true, false, true), 'nt', false)
  wait('normal mode again', function()
    return vim.api.nvim_get_mode().mode == 'n'
  end)
  vim.cmd('silent! undo')
  results.steps.completion_undone = not vim.bo[broken].modified
end)

step('code action', function()
  cursor_to('^“We had no choice', 0)
  local offered = {}
  -- vim.ui.select is the documented hook a picker plugs into; here it picks the first "Attribute to …".
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      offered[i] = opts.format_item(item)
    end
    for i, title in ipairs(offered) do
      if title:find('^Attribute') then
        return on_choice(items[i], i)
      end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  wait('the code actions', function()
    return #offered > 0
  end)
  results.steps.code_actions = offered
  wait('the quotation attributed', function()
    return (vim.api.nvim_get_current_line()):find('^“We had no choice but to close it,”{@') ~= nil
  end)
  results.steps.fixed_line = vim.api.nvim_get_current_line()
  wait('NEWS001 gone', function()
    for _, d in ipairs(vim.diagnostic.get(broken)) do
      if d.code == 'NEWS001' then
        return false
      end
    end
    return true
  end)
  results.steps.after_fix = diagnostics_of(broken)
end)

step('definition', function()
  cursor_to('{@engineer', 4)
  vim.lsp.buf.definition()
  wait('the jump to the declaration', function()
    return vim.api.nvim_get_current_line():find('^@source engineer ') ~= nil
  end)
  local cursor = vim.api.nvim_win_get_cursor(0)
  results.steps.definition = { line = cursor[1], column = cursor[2] + 1, text = vim.api.nvim_get_current_line() }
end)

step('rename', function()
  cursor_to('^@source engineer', #'@source ')
  vim.lsp.buf.rename('harbour-engineer')
  wait('the rename applied', function()
    return vim.fn.search('^@source harbour-engineer ', 'nw') ~= 0
  end)
  vim.cmd('write')
  results.steps.renamed = true
end)

end

local function finish()
  local file = io.open(vim.env.NEWSDSL_NVIM_RESULTS, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd('qall!')
end

coroutine.wrap(function()
  local ok, err = pcall(main)
  if not ok then
    results.errors.main = tostring(err)
  end
  finish()
end)()
