-- Neovim 0.7 as a second LSP client: start jixiao-language-server --stdio on the current buffer, wait until the
-- published diagnostics have arrived and stopped changing, write them (as received over the protocol, and as
-- Neovim shows them) as JSON to $JIXIAO_OUT, quit. Exit status 1 on timeout or error.
local out = vim.env.JIXIAO_OUT
local server = vim.env.JIXIAO_SERVER
local root = vim.env.JIXIAO_ROOT

local function fail(msg)
  io.stderr:write('jixiao neovim: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

if not (out and server and root) then
  fail('JIXIAO_OUT, JIXIAO_SERVER and JIXIAO_ROOT must be set')
end

local published = nil  -- the last textDocument/publishDiagnostics params for this buffer
local received_at = 0
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)
vim.bo[buf].filetype = 'jixiao'

local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
local client_id = vim.lsp.start_client({
  name = 'jixiao',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then
        published = result
        received_at = vim.loop.now()
      end
      return default_handler(err, result, ctx, config)
    end,
  },
  on_exit = function(code)
    if code ~= 0 then io.stderr:write('jixiao neovim: the language server exited with ' .. code .. '\n') end
  end,
})
if not client_id then fail('could not start ' .. server) end
vim.lsp.buf_attach_client(buf, client_id)

-- Diagnostics have arrived and none has come for a second (polled every 50 ms, capped at 20 s).
local ok = vim.wait(20000, function()
  return published ~= nil and #published.diagnostics > 0 and vim.loop.now() - received_at >= 1000
end, 50)
if not ok then fail('no diagnostics within 20 s') end

local shown = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(shown, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source })
end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode({ protocol = published.diagnostics, shown = shown }))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
