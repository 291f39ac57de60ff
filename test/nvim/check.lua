-- Headless Neovim drives the Corroborate server like a user would: open an article,
-- attach the server, wait for diagnostics, ask for a hover, write what it saw as JSON.
-- Works with Neovim 0.7 (Debian 12) and later. Inputs come from the environment.
local function env(name)
  local v = os.getenv(name)
  assert(v, name .. ' is not set')
  return v
end

local function main()
local root = env('CORROBORATE_ROOT')

vim.cmd('edit ' .. vim.fn.fnameescape(env('CORROBORATE_FILE')))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'corroborate',
  cmd = { env('CORROBORATE_NODE'), env('CORROBORATE_SERVER'), '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'articles' } },
})
vim.lsp.buf_attach_client(bufnr, client_id)

local result = { diagnostics = {}, hover = vim.NIL }
vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, { message = d.message, lnum = d.lnum, col = d.col, source = d.source })
end

local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = tonumber(env('HOVER_LINE')), character = tonumber(env('HOVER_COL')) },
}
local resp = client.request_sync('textDocument/hover', params, 15000, bufnr)
if resp and resp.result and resp.result.contents then
  result.hover = resp.result.contents.value or resp.result.contents
end

local f = assert(io.open(env('CORROBORATE_OUT'), 'w'))
f:write(vim.fn.json_encode(result))
f:close()
client.stop(true)
end

-- Any error ends Neovim with a failing status instead of leaving it waiting.
local ok, err = pcall(main)
if not ok then
  io.stderr:write(tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qa!')
