// Entry point of the bundled language server (dist/server.js). Inside VS Code the client starts it with
// --node-ipc; other editors run `jixiao-language-server --stdio` (stdio is also the default).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const USAGE = `用法：jixiao-language-server [--stdio | --node-ipc | --socket=端口 | --pipe=名称]
绩效自评报告的语言服务器（LSP），默认通过标准输入输出通信。
Usage: jixiao-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] (default: --stdio)
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=/.test(a));
if (!transport) process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all));
